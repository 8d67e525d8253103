package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** A user resets the password with a code sent to the primary email, end to end. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SsprEmailIT extends AbstractSsprIT {

  @Test
  void codeByEmailThenKeycloaksOwnPasswordPageThenSignedIn() throws Exception {
    long logOffset = ServerLog.size();
    String username = userWithEmail("sspr-email");
    String password = newPassword();
    String code;
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(username);
      assertThat(browser.has("password-care-sspr-method-form")).isTrue();
      assertThat(browser.html()).contains("name=\"method\"").contains("value=\"email\"");
      assertThat(browser.has("password-care-sspr-help-desk")).isTrue();

      int before = SsprMail.to(mail, email(username)).size();
      browser.method("email");
      assertThat(browser.has("password-care-sspr-code-form")).isTrue();
      code = SsprMail.nextCode(mail, email(username), before);
      assertThat(code).hasSize(8);

      browser.code(code);
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
      browser.newPassword(password);
      assertSignedIn(browser, AccountConsoleLogin.accountUrl(urls));
    }
    assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200);
    assertThat(passwordGrant(username, DEMO_PASSWORD).statusCode()).isNotEqualTo(200);

    List<EventRepresentation> events = eventsOf(idOf(username));
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.getType()).isEqualTo("SEND_RESET_PASSWORD");
              assertThat(e.getDetails())
                  .containsEntry("password_care_sspr_step", "code_sent")
                  .containsEntry("password_care_sspr_method", "email")
                  .containsEntry(
                      "password_care_sspr_contact", username.charAt(0) + "***@p***.localhost");
            });
    assertThat(events)
        .anySatisfy(
            e -> assertThat(e.getDetails()).containsEntry("password_care_sspr_step", "verified"));
    assertThat(events)
        .allSatisfy(e -> assertThat(String.valueOf(e.getDetails())).doesNotContain(code));

    List<String> log = ServerLog.linesSince(logOffset);
    assertThat(log).noneMatch(line -> line.contains(code) || line.contains(password));
  }

  /**
   * The code is sent off the request thread; it must still come in the language of the pages the
   * user sees (here {@code ui_locales=nl}, no locale stored on the user), not the realm default.
   */
  @Test
  void theCodeEmailIsInTheLanguageOfThePages() throws Exception {
    String username = userWithEmail("sspr-email-nl");
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("nl").username(username);
      int before = SsprMail.to(mail, email(username)).size();
      browser.method("email");
      SsprMail.nextCode(mail, email(username), before);
    }
    List<jakarta.mail.internet.MimeMessage> mails = SsprMail.to(mail, email(username));
    assertThat(mails.get(mails.size() - 1).getSubject())
        .isEqualTo("Je code om het wachtwoord opnieuw in te stellen");
  }
}
