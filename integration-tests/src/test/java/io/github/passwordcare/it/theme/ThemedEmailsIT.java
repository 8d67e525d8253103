package io.github.passwordcare.it.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.MailParts;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.sspr.SsprBrowser;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/**
 * Emails as the real server sends them, in the user's language: a code email (SSPR), the "an
 * administrator reset your password" notice (ours) and the bulk reset's email link (Keycloak's
 * executeActions) all carry the one layout, html and text: realm and product in the header, the
 * reason in the footer. None holds a password; only the code email holds its code.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ThemedEmailsIT extends AbstractPasswordCareIT {

  private static final String BULK_RESET =
      "/admin/realms/" + DEMO_REALM + "/password-care/bulk-reset";
  private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6,10})\\s*$");

  @InjectMailServer MailServer mail;

  @ParameterizedTest
  @CsvSource({
    "en, Password care, You received this email because, sent automatically, Your password was reset",
    "nl, Wachtwoordbeheer, Je krijgt deze e-mail omdat, automatisch verstuurd, Je wachtwoord is"
        + " opnieuw ingesteld"
  })
  void everyKindOfEmailCarriesTheLayout(
      String lang, String product, String why, String auto, String noticeSubject) throws Exception {
    String id = users().create("theme-mail");
    String username = inLanguage(id, lang);
    String address = username + "@password-care.localhost";

    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword(lang).username(username).method("email");
    }
    MimeMessage codeMail = waitFor(address, m -> html(m).contains("class=\"password-care-code\""));
    String code = codeIn(MailParts.text(codeMail));
    assertLayout(codeMail, product, why, auto);

    HttpResponse<String> notice =
        post(
            BULK_RESET,
            tokenOf("helpdesk"),
            "{\"userIds\":[\"" + id + "\"],\"notifyUser\":true}",
            "application/json");
    assertThat(notice.statusCode()).as(notice.body()).isEqualTo(200);
    String temporary = notice.body().replaceAll(".*\"temporaryPassword\":\"([^\"]+)\".*", "$1");
    assertThat(temporary).isNotBlank().doesNotContain("{");
    MimeMessage noticeMail = waitFor(address, m -> noticeSubject.equals(subject(m)));
    assertLayout(noticeMail, product, why, auto);

    HttpResponse<String> link =
        post(
            BULK_RESET,
            tokenOf("helpdesk"),
            "{\"userIds\":[\"" + id + "\"],\"mode\":\"email-link\"}",
            "application/json");
    assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
    MimeMessage linkMail = waitFor(address, m -> MailParts.text(m).contains("action-token?key="));
    assertLayout(linkMail, product, why, auto);
    assertThat(MailParts.text(linkMail)).contains("action-token?key=");

    for (MimeMessage message : List.of(codeMail, noticeMail, linkMail)) {
      for (String body : MailParts.of(message).values()) {
        assertThat(body).doesNotContain(DEMO_PASSWORD, temporary);
        if (message != codeMail) {
          assertThat(body).doesNotContain(code);
        }
      }
    }
  }

  private void assertLayout(MimeMessage message, String product, String why, String auto)
      throws Exception {
    Map<String, String> parts = MailParts.of(message);
    assertThat(parts).containsOnlyKeys("text/plain", "text/html");
    assertThat(parts.get("text/html"))
        .as(message.getSubject())
        .contains("id=\"password-care-email-realm\">Password care demo</h1>")
        .contains("id=\"password-care-email-product\">" + product + "</p>")
        .contains("<p id=\"password-care-email-why\">" + why)
        .contains(auto)
        .doesNotContain("style=\"", "<script");
    assertThat(parts.get("text/plain").replace("\r\n", "\n"))
        .as(message.getSubject())
        .startsWith("Password care demo\n" + product + "\n=====")
        .contains("\n-----", why, auto);
  }

  /** Sets the user's language (the emails follow it); returns the username. */
  private String inLanguage(String id, String lang) {
    var user = admin.realm(DEMO_REALM).users().get(id);
    UserRepresentation rep = user.toRepresentation();
    rep.singleAttribute("locale", lang);
    user.update(rep);
    return rep.getUsername();
  }

  /** The first email to {@code address} that {@code which} accepts; codes arrive off-thread. */
  private MimeMessage waitFor(String address, Predicate<MimeMessage> which) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      var found =
          Arrays.stream(mail.getReceivedMessages())
              .filter(m -> sentTo(m, address))
              .filter(which)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such email to " + address + " within 20 s");
  }

  private static String html(MimeMessage message) {
    try {
      return MailParts.of(message).getOrDefault("text/html", "");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean sentTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (Exception e) {
      return false;
    }
  }

  private static String codeIn(String text) {
    Matcher matcher = CODE.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return matcher.group(1);
  }
}
