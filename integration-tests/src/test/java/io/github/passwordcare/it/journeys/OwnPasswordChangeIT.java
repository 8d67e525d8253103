package io.github.passwordcare.it.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import io.github.passwordcare.it.TestUsers;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A user changes their own password, in a real Chromium, the two ways Keycloak 26.5 offers: the
 * account console's Signing in, Password, Update (which is the application-initiated action
 * UPDATE_PASSWORD of the account console), and an app that sends the user to the same action with
 * {@code kc_action=UPDATE_PASSWORD}. Either way the realm's password policy holds, the user gets
 * the "password changed" notice in their language, with no password in it, and signs in with the
 * new password; Cancel changes nothing and mails nothing.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class OwnPasswordChangeIT extends AbstractPasswordCareIT {

  /** Meets the demo realm's policy (12+, upper, lower, digit, special) and differs per call. */
  private static String newPassword() {
    return "Own-" + TestUsers.unique("Pw").replace("-", "") + "!7a";
  }

  @InjectMailServer MailServer mailServer;

  @TempDir Path profile;
  @TempDir Path downloads;

  private JourneyChromium browser;
  private ChromeDriver driver;
  private String appClientId;

  @BeforeEach
  void startChromium() {
    HeadlessChromium.assumeInstalled();
    driver = HeadlessChromium.start(profile, downloads, "en");
    browser = new JourneyChromium(driver, urls.getBase());
  }

  @AfterEach
  void quitAndRemoveTheApp(TestInfo test) {
    if (driver != null) {
      browser.screenshot(
          test.getTestMethod().map(m -> m.getName()).orElse("test")
              + test.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-"));
      driver.quit();
    }
    if (appClientId != null) {
      realm().clients().get(appClientId).remove();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void accountConsoleSigningInUpdatePasswordMailsTheUserInTheirLanguage(String locale)
      throws Exception {
    String id = user("own-console", locale);
    String username = users().username(id);
    String password = newPassword();
    long logStart = ServerLog.size();

    browser.signIn(browser.accountUrl(), username, DEMO_PASSWORD);
    browser.updatePasswordFromSigningIn();
    browser.submitNewPassword(password);
    browser.awaitUrlStartingWith(browser.accountUrl());

    MimeMessage notice = mail().onlyTo(email(id));
    assertThat(notice.getSubject())
        .isEqualTo(Bundle.text(locale, "passwordCareNotifyChangedSubject"));
    assertThat(JourneyMail.body(notice)).contains(username).doesNotContain(password, DEMO_PASSWORD);
    assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200);
    assertThat(passwordGrant(username, DEMO_PASSWORD).statusCode()).isNotEqualTo(200);
    assertThat(String.join("\n", ServerLog.linesSince(logStart))).doesNotContain(password);
  }

  @Test
  void anAppsUpdatePasswordActionKeepsThePolicyAndReturnsSuccess() throws Exception {
    String id = user("own-app", "en");
    String username = users().username(id);
    String redirect = app();
    long before = passwordSetAt(id);

    browser.signIn(updatePasswordUrl(redirect), username, DEMO_PASSWORD);
    browser.awaitUpdatePasswordPage();
    // Too short for the demo realm's length(12): the themed form again, with the error.
    browser.submitNewPassword("Sh0rt!a");
    // Keycloak's message (its own bundle, invalidPasswordMinLengthMessage) names the policy's 12.
    assertThat(browser.formError()).contains("12");
    assertThat(browser.has(JourneyChromium.NEW_PASSWORD)).isTrue();
    assertThat(passwordSetAt(id)).isEqualTo(before);
    assertThat(mail().to(email(id))).isEmpty();

    String password = newPassword();
    browser.submitNewPassword(password);
    browser.awaitUrlStartingWith(redirect);

    assertThat(browser.url()).contains("kc_action_status=success").contains("code=");
    assertThat(mail().onlyTo(email(id)).getSubject())
        .isEqualTo(Bundle.text("en", "passwordCareNotifyChangedSubject"));
    assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200);
  }

  @Test
  void cancelReturnsCancelledAndChangesNothing() throws Exception {
    String id = user("own-cancel", "en");
    String username = users().username(id);
    String redirect = app();
    long before = passwordSetAt(id);

    browser.signIn(updatePasswordUrl(redirect), username, DEMO_PASSWORD);
    browser.awaitUpdatePasswordPage();
    browser.cancel();
    browser.awaitUrlStartingWith(redirect);

    assertThat(browser.url()).contains("kc_action_status=cancelled");
    assertThat(passwordSetAt(id)).isEqualTo(before);
    assertThat(passwordGrant(username, DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(mail().to(email(id))).isEmpty();
  }

  private String user(String prefix, String locale) {
    String id = users().create(prefix);
    UserRepresentation user = users().get(id);
    user.singleAttribute("locale", locale);
    realm().users().get(id).update(user);
    return id;
  }

  /** A public test app of the demo realm (removed after the test); returns its redirect URI. */
  private String app() {
    String clientId = TestUsers.unique("journeys-app");
    String redirect = urls.getBase() + "/" + clientId + "/callback";
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(true);
    client.setStandardFlowEnabled(true);
    client.setRedirectUris(List.of(redirect));
    try (Response response = realm().clients().create(client)) {
      appClientId = CreatedResponseUtil.getCreatedId(response);
    }
    return redirect;
  }

  private String updatePasswordUrl(String redirect) {
    String clientId = realm().clients().get(appClientId).toRepresentation().getClientId();
    return urls.getBase()
        + "/realms/"
        + DEMO_REALM
        + "/protocol/openid-connect/auth?response_type=code&scope=openid&state=j1"
        + "&kc_action=UPDATE_PASSWORD&client_id="
        + clientId
        + "&redirect_uri="
        + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
  }

  private long passwordSetAt(String id) {
    return realm().users().get(id).credentials().stream()
        .filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
        .mapToLong(CredentialRepresentation::getCreatedDate)
        .max()
        .orElseThrow();
  }

  private String email(String id) {
    return users().get(id).getEmail();
  }

  private JourneyMail mail() {
    return new JourneyMail(mailServer);
  }

  private RealmResource realm() {
    return admin.realm(DEMO_REALM);
  }
}
