package io.github.passwordcare.it.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.MailParts;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import io.github.passwordcare.it.protect.SettingsRest;
import io.github.passwordcare.it.sspr.SsprBrowser;
import io.github.passwordcare.it.sspr.Totp;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/**
 * Notices after a reset through SSPR: the user's notice says so and names the checks passed (never
 * the code); with {@code notifyAdminsOnAdminReset} on, an admin's SSPR reset is told to the other
 * admins (here the demo realm's {@code realm-admin}), and with it off (the default) it is not.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class NotifySsprIT extends AbstractPasswordCareIT {

  private static final String CHANGED = "Your password was changed";
  private static final String ADMIN_RESET = "An administrator reset their password";
  private static final String REALM_ADMIN_MAIL = "realm-admin@password-care.localhost";
  private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6,10})\\s*$");

  @InjectMailServer MailServer mail;

  @Test
  void aUsersSsprResetNoticeNamesTheCheckButNotTheCode() throws Exception {
    String username = users().username(users().create("notify-sspr"));
    String address = username + "@password-care.localhost";

    String code;
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("en").username(username).method("email");
      code = codeIn(awaitMail(address, m -> !subject(m).equals(CHANGED)));
      browser.code(code).newPassword(newPassword());
    }

    MimeMessage notice = awaitMail(address, m -> subject(m).equals(CHANGED));
    for (String body : MailParts.of(notice).values()) {
      assertThat(body)
          .contains(username)
          .contains("self-service password reset")
          .contains("a code to the email address")
          .doesNotContain(code, address);
    }
  }

  @Test
  void anAdminsSsprResetIsToldToTheOtherAdminsWhenTurnedOn() throws Exception {
    String username = adminWithOtp("notify-admin");
    SettingsRest settings =
        new SettingsRest(urls.getBase(), DEMO_REALM, admin.tokenManager().getAccessTokenString());
    try {
      settings.set("notifyAdminsOnAdminReset", true);

      resetWithEmailAndOtp(username);
    } finally {
      settings.restore();
    }

    MimeMessage toRealmAdmin =
        awaitMail(
            REALM_ADMIN_MAIL,
            m -> subject(m).equals(ADMIN_RESET) && MailParts.text(m).contains(username));
    assertThat(MailParts.text(toRealmAdmin))
        .contains("a code to the email address")
        .contains("a code from the authenticator app")
        .doesNotContain(username + "@password-care.localhost");
    // The admin who reset gets the user's notice, not the admins' one.
    String own = username + "@password-care.localhost";
    assertThat(mailsTo(own)).extracting(NotifySsprIT::subject).contains(CHANGED);
    assertThat(mailsTo(own)).extracting(NotifySsprIT::subject).doesNotContain(ADMIN_RESET);
  }

  @Test
  void anAdminsSsprResetIsNotToldToTheAdminsByDefault() throws Exception {
    String username = adminWithOtp("notify-admin");

    resetWithEmailAndOtp(username);

    awaitMail(username + "@password-care.localhost", m -> subject(m).equals(CHANGED));
    assertThat(mailsTo(REALM_ADMIN_MAIL))
        .noneMatch(m -> subject(m).equals(ADMIN_RESET) && MailParts.text(m).contains(username));
  }

  /** An admin passes two different methods: a code by email, then the authenticator app. */
  private void resetWithEmailAndOtp(String username) throws Exception {
    String address = username + "@password-care.localhost";
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("en").username(username).method("email");
      browser.code(codeIn(awaitMail(address, m -> !subject(m).equals(CHANGED))));
      browser.method("otp").code(Totp.now(secretOf(username)));
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
      browser.newPassword(newPassword());
    }
  }

  private String adminWithOtp(String prefix) {
    String id = users().create(prefix);
    var realm = admin.realm(DEMO_REALM);
    String management = realm.clients().findByClientId("realm-management").get(0).getId();
    realm
        .users()
        .get(id)
        .roles()
        .clientLevel(management)
        .add(
            List.of(
                realm.clients().get(management).roles().get("manage-users").toRepresentation()));
    String username = users().username(id);
    Totp.register(realm, id, secretOf(username));
    return username;
  }

  private static String secretOf(String username) {
    return "NotifyOtpSecret-" + username;
  }

  private static String newPassword() {
    return "Notify-" + TestUsers.unique("Pw").replace("-", "") + "!7a";
  }

  private MimeMessage awaitMail(String address, java.util.function.Predicate<MimeMessage> which)
      throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> found = mailsTo(address).stream().filter(which).toList();
      if (!found.isEmpty()) {
        return found.get(found.size() - 1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such email to " + address + " within 20 s");
  }

  private List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> messages = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (address.equalsIgnoreCase(m.getAllRecipients()[0].toString())) {
        messages.add(m);
      }
    }
    return messages;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String codeIn(MimeMessage message) throws Exception {
    Matcher m = CODE.matcher(MailParts.text(message));
    if (!m.find()) {
      throw new AssertionError("no code in " + MailParts.text(message));
    }
    return m.group(1);
  }
}
