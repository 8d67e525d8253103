package io.github.passwordcare.it.sspr;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PlainBrowser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;

/**
 * One person at the demo realm's "forgot password" pages, in a plain HtmlUnit client (no
 * JavaScript, cookies of its own): the sign-in page of the account console, the "Forgot password?"
 * link, the username step, then the SSPR pages by their form ids and field names.
 */
public final class SsprBrowser extends PlainBrowser {

  public SsprBrowser(String base) {
    super(base);
  }

  /** Opens the sign-in page (in {@code locale}) and follows "Forgot password?". */
  public SsprBrowser forgotPassword(String locale) throws Exception {
    String account = base + "/realms/" + AbstractPasswordCareIT.DEMO_REALM + "/account/";
    HtmlPage login =
        client.getPage(
            base
                + "/realms/"
                + AbstractPasswordCareIT.DEMO_REALM
                + "/protocol/openid-connect/auth?client_id=account-console&response_type=code"
                + "&scope=openid&state=s1&nonce=n1&code_challenge_method=S256"
                + "&code_challenge=8qcm0QNlmx5nhpKAQp6Vx_ZQlSv9xaS_6-9ArxzKEgo"
                + "&ui_locales="
                + locale
                + "&redirect_uri="
                + URLEncoder.encode(account, StandardCharsets.UTF_8));
    HtmlAnchor forgot =
        login.getAnchors().stream()
            .filter(a -> a.getHrefAttribute().contains("/login-actions/reset-credentials"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no forgot-password link:\n" + login.asXml()));
    page = forgot.click();
    return this;
  }

  /** The username step (Keycloak's own reset-credentials "choose user" page). */
  public SsprBrowser username(String username) throws Exception {
    HtmlForm form = form("kc-reset-password-form");
    form.getInputByName("username").setValue(username);
    page = submit(form);
    return this;
  }

  /** Chooses a method on the method page; the value is posted even if the page does not list it. */
  public SsprBrowser method(String value) throws Exception {
    HtmlForm form = form("password-care-sspr-method-form");
    HtmlRadioButtonInput radio =
        form.getRadioButtonsByName("method").stream().findFirst().orElseThrow();
    radio.setValueAttribute(value);
    radio.setChecked(true);
    page = submit(form);
    return this;
  }

  public SsprBrowser code(String code) throws Exception {
    HtmlForm form = form("password-care-sspr-code-form");
    form.getInputByName("code").setValue(code);
    page = submit(form);
    return this;
  }

  /** The security-questions page: {@code answers[i]} into {@code answer<i+1>}. */
  public SsprBrowser answers(String... answers) throws Exception {
    HtmlForm form = form("password-care-sspr-questions-form");
    for (int i = 0; i < answers.length; i++) {
      form.getInputByName("answer" + (i + 1)).setValue(answers[i]);
    }
    page = submit(form);
    return this;
  }

  SsprBrowser back() throws Exception {
    page = submit(form("password-care-sspr-back-form"));
    return this;
  }

  /** Keycloak's own update-password page after the methods passed. */
  public SsprBrowser newPassword(String password) throws Exception {
    HtmlForm form = form("kc-passwd-update-form");
    form.getInputByName("password-new").setValue(password);
    form.getInputByName("password-confirm").setValue(password);
    page = submit(form);
    return this;
  }
}
