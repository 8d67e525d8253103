package io.github.passwordcare.it.contact;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PlainBrowser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;

/**
 * One person signing in to the demo realm's account console in a plain HtmlUnit client (no
 * JavaScript, cookies of its own) and working the recovery-contacts page by its element ids.
 */
final class ContactsBrowser extends PlainBrowser {

  static final String ACTION = "password-care-update-recovery-contacts";
  private static final String CHALLENGE = "8qcm0QNlmx5nhpKAQp6Vx_ZQlSv9xaS_6-9ArxzKEgo";

  ContactsBrowser(String base) {
    super(base);
  }

  String accountUrl() {
    return base + "/realms/" + AbstractPasswordCareIT.DEMO_REALM + "/account/";
  }

  /** The account console's authorization URL, in {@code locale}, with {@code kc_action} if set. */
  String authorizationUrl(String locale, String kcAction) {
    return base
        + "/realms/"
        + AbstractPasswordCareIT.DEMO_REALM
        + "/protocol/openid-connect/auth?client_id=account-console&response_type=code"
        + "&scope=openid&state=s1&nonce=n1&code_challenge_method=S256&code_challenge="
        + CHALLENGE
        + "&ui_locales="
        + locale
        + (kcAction == null ? "" : "&kc_action=" + kcAction)
        + "&redirect_uri="
        + URLEncoder.encode(accountUrl(), StandardCharsets.UTF_8);
  }

  /** Opens the sign-in page and signs in; lands on whatever comes next. */
  ContactsBrowser signIn(String username, String locale) throws Exception {
    page = client.getPage(authorizationUrl(locale, null));
    return login(username);
  }

  /** Opens a URL (an authorization URL: SSO when already signed in). */
  ContactsBrowser open(String url) throws Exception {
    page = client.getPage(url);
    return this;
  }

  ContactsBrowser login(String username) throws Exception {
    HtmlForm form = form("kc-form-login");
    form.getInputByName("username").setValue(username);
    form.getInputByName("password").setValue(AbstractPasswordCareIT.DEMO_PASSWORD);
    page = submit(form);
    return this;
  }

  /** Clicks a button of the page by its id. */
  ContactsBrowser press(String buttonId) throws Exception {
    if (!(page.getElementById(buttonId) instanceof HtmlElement button)) {
      throw new AssertionError("no button " + buttonId + " on " + url() + ":\n" + text());
    }
    page = button.click();
    return this;
  }

  /** "Add"/"Change" of {@code kind} ({@code email}, {@code phone}), then types and sends. */
  ContactsBrowser add(String kind, String contact) throws Exception {
    DomElement add = page.getElementById("password-care-contacts-add-" + kind);
    press(add != null ? add.getId() : "password-care-contacts-change-" + kind);
    return send(contact);
  }

  /** On the contact form: types the contact and presses "Send code". */
  ContactsBrowser send(String contact) throws Exception {
    form("password-care-contacts-contact-form").getInputByName("contact").setValue(contact);
    return press("password-care-contacts-send");
  }

  ContactsBrowser code(String code) throws Exception {
    form("password-care-contacts-code-form").getInputByName("code").setValue(code);
    return press("password-care-contacts-verify");
  }

  /**
   * Posts a button the page does not show (a forged post): the "These are correct" button renamed
   * to {@code name}.
   */
  ContactsBrowser forge(String name) throws Exception {
    DomElement confirm = page.getElementById("password-care-contacts-confirm");
    if (confirm == null) {
      throw new AssertionError("no main view on " + url() + ":\n" + text());
    }
    confirm.setAttribute("name", name);
    return press("password-care-contacts-confirm");
  }

  /** The page's alert (error or success message), as Keycloak's template shows it. */
  String alert() {
    DomElement alert = page.getFirstByXPath("//*[contains(@class,'kc-feedback-text')]");
    return alert == null ? "" : alert.asNormalizedText();
  }

  boolean signedIn() {
    return url().startsWith(accountUrl()) && url().contains("code=") && !url().contains("error=");
  }
}
