package io.github.passwordcare.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.RecoveryCheckFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What Keycloak's own password policy editor shows for a bad value of our expiry policy, in a real
 * browser, in English and in Dutch: the console does not translate a server error, so the text is
 * the server's, already in the admin's language, inside the console's "Could not update the
 * password policies" (which our admin theme translates into Dutch).
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ExpiryPolicyConsoleIT extends AbstractPasswordCareIT {

  private ConsoleBrowser console;

  @TempDir Path profile;
  @TempDir Path downloads;

  @BeforeEach
  void browser() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterEach
  void quit() {
    if (console != null) {
      console.quit();
    }
  }

  @Test
  void englishAdminSeesTheRangeInEnglish() {
    refusedInConsole(
        "en",
        "Could not update the password policies: '"
            + text("en", "passwordCareExpiryPolicyInvalidDays", 1, 730)
            + "'");
  }

  @Test
  void dutchAdminSeesTheRangeInDutch() {
    refusedInConsole(
        "nl",
        "Het wachtwoordbeleid kon niet worden bijgewerkt: '"
            + text("nl", "passwordCareExpiryPolicyInvalidDays", 1, 730)
            + "'");
  }

  private void refusedInConsole(String locale, String expected) {
    String policy = admin.realm(DEMO_REALM).toRepresentation().getPasswordPolicy();
    String username = users().username(demoRealmAdmin("policy-console-" + locale, locale));
    console =
        ConsoleBrowser.open(HeadlessChromium.start(profile, downloads, locale), urls.getBase());
    console.signIn(
        DEMO_REALM, "#/" + DEMO_REALM + "/authentication/policies", username, DEMO_PASSWORD);

    // The policy editor's number field of password-care-expiry (the console allows 0 and up).
    WebElement days = console.find(By.cssSelector("[id='password-care-expiry'] input"));
    days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "731");
    console.all(By.cssSelector("[data-testid='save']")).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElseThrow()
        .click();

    WebElement alert = console.find(By.cssSelector("[data-testid='last-alert']"));
    System.out.println("Policy editor (" + locale + ") shows: " + alert.getText());
    console.screenshot(Path.of("target", "screenshots", "expiry-policy-error-" + locale + ".png"));
    assertThat(alert.getText()).contains(expected);
    assertThat(admin.realm(DEMO_REALM).toRepresentation().getPasswordPolicy()).isEqualTo(policy);
    assertThat(console.scriptErrors()).isEmpty();
  }

  /** A new demo-realm user with realm-admin and a language. */
  private String demoRealmAdmin(String prefix, String locale) {
    RealmResource demo = admin.realm(DEMO_REALM);
    String id = users().create(prefix);
    String clientId = demo.clients().findByClientId("realm-management").get(0).getId();
    RoleRepresentation role =
        demo.clients().get(clientId).roles().get("realm-admin").toRepresentation();
    demo.users().get(id).roles().clientLevel(clientId).add(List.of(role));
    UserRepresentation user = demo.users().get(id).toRepresentation();
    user.singleAttribute("locale", locale);
    // Admins need two recovery methods, or the recovery check at sign-in shows its page first.
    RecoveryCheckFixture.addSecondMethod(user);
    demo.users().get(id).update(user);
    return id;
  }

  private static String text(String locale, String key, Object... params) {
    Properties bundle = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = ExpiryPolicyConsoleIT.class.getResourceAsStream(name)) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MessageFormat(bundle.getProperty(key), Locale.forLanguageTag(locale)).format(params);
  }
}
