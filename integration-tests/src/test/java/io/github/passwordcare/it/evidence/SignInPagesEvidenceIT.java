package io.github.passwordcare.it.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.AxeScan;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.RecoveryCheckFixture;
import io.github.passwordcare.it.TestUsers;
import io.github.passwordcare.it.expiry.AgedUsers;
import io.github.passwordcare.it.sspr.SsprMail;
import io.github.passwordcare.it.sspr.SsprSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real-browser evidence of every themed page of the bundle, in English and Dutch: the sign-in page,
 * "Forgot password?", the recovery-contacts and security-questions pages, SSPR's method, questions,
 * code, help-desk and info pages, Keycloak's update-password page at the end of a reset, and the
 * expiry warning. Each page: a screenshot ({@code target/screenshots/<lang>/}) and an axe scan
 * ({@code target/axe/}); a serious or critical violation fails the test.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SignInPagesEvidenceIT extends AbstractPasswordCareIT {

  private static final List<String> ANSWERS =
      List.of("Rex the Dog", "Sunny Jim", "Saint Mary Primary");

  @InjectMailServer MailServer mail;

  @TempDir Path profile;
  @TempDir Path downloads;

  private final AxeScan axe = new AxeScan(StockMarkup.WAIVERS);
  private SsprSettings settings;
  private AgedUsers aged;

  @BeforeEach
  void browserAndSettings() throws Exception {
    HeadlessChromium.assumeInstalled();
    settings =
        new SsprSettings(
            urls.getBase(), DEMO_REALM, () -> admin.tokenManager().getAccessTokenString());
    ssprSettings(Map.of());
    aged = new AgedUsers(admin.realm(DEMO_REALM));
  }

  /** SSPR by email or questions, one method, a help-desk link; plus {@code more}. */
  private void ssprSettings(Map<String, Object> more) throws Exception {
    Map<String, Object> fields = new HashMap<>(more);
    fields.put("ssprMethods", List.of("email", "questions"));
    fields.put("ssprMethodsRequiredUsers", 1);
    fields.put("ssprMethodsRequiredAdmins", 1);
    fields.put("helpDeskUrl", "https://help.example.com/password");
    settings.set(fields);
  }

  @AfterEach
  void restore() throws Exception {
    if (settings != null) {
      settings.restore();
    }
    if (aged != null) {
      aged.removeAll();
    }
  }

  @Test
  void englishPages() throws Exception {
    walk("en");
  }

  @Test
  void dutchPages() throws Exception {
    walk("nl");
  }

  private void walk(String lang) throws Exception {
    try (EvidenceBrowser browser = new EvidenceBrowser(profile, downloads, lang, axe)) {
      String username = registerRecoveryMethods(browser);
      resetPassword(browser, username);
      helpDeskAndInfoPages(browser);
      expiryWarning(browser);
    }
    axe.assertNone();
  }

  /** Sign-in, then the recovery-contacts page (a required action) and security questions. */
  private String registerRecoveryMethods(EvidenceBrowser browser) {
    String id = users().create("evidence-" + browser.lang);
    UserRepresentation user = admin.realm(DEMO_REALM).users().get(id).toRepresentation();
    user.setRequiredActions(List.of(RecoveryCheckFixture.REQUIRED_ACTION));
    admin.realm(DEMO_REALM).users().get(id).update(user);
    String username = users().username(id);

    browser.open(authorizationUrl(browser.lang));
    browser.element("kc-form-login");
    browser.capture("login");
    signIn(browser, username);
    browser.element(RecoveryCheckFixture.PAGE_FORM);
    browser.capture("recovery-contacts");
    browser.click("password-care-contacts-questions");
    browser.element("password-care-questions-form");
    browser.capture("security-questions");
    for (int i = 0; i < ANSWERS.size(); i++) {
      browser.type("answer" + (i + 1), ANSWERS.get(i));
    }
    browser.click("password-care-questions-save");
    browser.click("password-care-contacts-confirm");
    assertSignedIn(browser);
    return username;
  }

  /** "Forgot password?": method choice, questions, the emailed code, then a new password. */
  private void resetPassword(EvidenceBrowser browser, String username) throws Exception {
    browser.forgetSignIns();
    browser.open(authorizationUrl(browser.lang));
    browser.forgotPassword();
    browser.element("kc-reset-password-form");
    browser.capture("reset-credentials");
    browser.type("username", username);
    browser.submit("kc-reset-password-form");

    browser.element("password-care-sspr-method-form");
    browser.capture("sspr-method");
    browser.click("password-care-sspr-method-questions");
    browser.click("password-care-sspr-continue");
    browser.element("password-care-sspr-questions-form");
    browser.capture("sspr-questions");
    browser.click("password-care-sspr-back");

    String address = username + "@password-care.localhost";
    int before = SsprMail.to(mail, address).size();
    browser.click("password-care-sspr-method-email");
    browser.click("password-care-sspr-continue");
    browser.element("password-care-sspr-code-form");
    browser.capture("sspr-code");
    browser.type("code", SsprMail.nextCode(mail, address, before));
    browser.click("password-care-sspr-verify");

    browser.element("kc-passwd-update-form");
    browser.capture("update-password");
    String password = "Evidence-" + TestUsers.unique("Pw").replace("-", "") + "!7a";
    browser.type("password-new", password);
    browser.type("password-confirm", password);
    browser.submit("kc-passwd-update-form");
    assertSignedIn(browser);
  }

  /**
   * The help-desk page (the user is outside SSPR's scope) and the info page (a user with no method
   * at all, which only a realm that reveals registered methods tells), both with the realm's
   * help-desk link.
   */
  private void helpDeskAndInfoPages(EvidenceBrowser browser) throws Exception {
    ssprSettings(Map.of("ssprRevealRegisteredMethods", true));
    String nobody = users().username(users().create("evidence-nomethod", false));
    startReset(browser, nobody);
    assertThat(browser.element("password-care-sspr-info").getText()).isNotBlank();
    browser.element("password-care-sspr-help-desk-link");
    browser.capture("sspr-info");

    String group = users().group("evidence-pilot", null);
    String path = admin.realm(DEMO_REALM).groups().group(group).toRepresentation().getPath();
    ssprSettings(Map.of("ssprScope", "group", "ssprScopeGroup", path));
    String outside = users().username(users().create("evidence-outside"));
    startReset(browser, outside);
    browser.element("password-care-sspr-help-desk-link");
    browser.capture("sspr-help-desk");
  }

  /** Sign-in a few days before the password expires: the warning page. */
  private void expiryWarning(EvidenceBrowser browser) {
    String id = aged.expiringIn("evidence-expiry", 90, 4.5);
    browser.forgetSignIns();
    browser.open(authorizationUrl(browser.lang));
    signIn(browser, aged.username(id));
    browser.element("password-care-expiry-warning");
    browser.capture("expiry-warning");
    browser.click("password-care-expiry-later");
    assertSignedIn(browser);
  }

  private void startReset(EvidenceBrowser browser, String username) {
    browser.forgetSignIns();
    browser.open(authorizationUrl(browser.lang));
    browser.forgotPassword();
    browser.element("kc-reset-password-form");
    browser.type("username", username);
    browser.submit("kc-reset-password-form");
  }

  private static void signIn(EvidenceBrowser browser, String username) {
    browser.type("username", username);
    browser.type("password", DEMO_PASSWORD);
    browser.click("kc-login");
  }

  /**
   * The sign-in page, even where the account console (still loading after the previous step) has
   * just put a session cookie back after {@link EvidenceBrowser#forgetSignIns()}: {@code
   * prompt=login} asks Keycloak for the form whatever the session.
   */
  private String authorizationUrl(String lang) {
    return AccountConsoleLogin.authorizationUrl(urls) + "&ui_locales=" + lang + "&prompt=login";
  }

  private void assertSignedIn(EvidenceBrowser browser) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().startsWith(AccountConsoleLogin.accountUrl(urls)));
    assertThat(browser.url()).doesNotContain("error=");
  }
}
