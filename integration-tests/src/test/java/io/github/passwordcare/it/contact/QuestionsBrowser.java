package io.github.passwordcare.it.contact;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PlainBrowser;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.util.NameValuePair;

/**
 * One user at the recovery-contacts required action (HtmlUnit, no JavaScript): signs in to the
 * account console, lands on the page, opens the security-questions form, fills it, and can post a
 * form the page never offered (a forged post).
 */
final class QuestionsBrowser extends PlainBrowser {

  static final String CONTACTS_FORM = "kc-recovery-contacts-form";
  static final String QUESTIONS_FORM = "password-care-questions-form";

  QuestionsBrowser(String base) {
    super(base);
  }

  /** Signs in to the account console in {@code locale}; a pending required action shows next. */
  QuestionsBrowser signIn(String username, String locale) throws Exception {
    String account = base + "/realms/" + AbstractPasswordCareIT.DEMO_REALM + "/account/";
    page =
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
                + java.net.URLEncoder.encode(account, java.nio.charset.StandardCharsets.UTF_8));
    HtmlForm login = form("kc-form-login");
    login.getInputByName("username").setValue(username);
    login.getInputByName("password").setValue(AbstractPasswordCareIT.DEMO_PASSWORD);
    page = submit(login);
    return this;
  }

  /** Presses "Set up" in the security-questions row of the recovery-contacts page. */
  QuestionsBrowser openQuestions() throws Exception {
    page = page.getHtmlElementById("password-care-contacts-questions").click();
    return this;
  }

  /**
   * Fills the questions form: row i gets the realm question {@code choices[i]} (an index of the
   * realm's list, or "custom:text") and {@code answers[i]}; then saves.
   */
  QuestionsBrowser register(List<String> choices, List<String> answers) throws Exception {
    HtmlForm form = form(QUESTIONS_FORM);
    for (int i = 0; i < choices.size(); i++) {
      HtmlSelect select = form.getSelectByName("question" + (i + 1));
      String choice = choices.get(i);
      if (choice.startsWith("custom:")) {
        select.setSelectedAttribute("custom", true);
        form.getInputByName("custom" + (i + 1)).setValue(choice.substring("custom:".length()));
      } else {
        select.setSelectedAttribute(choice, true);
      }
      form.getInputByName("answer" + (i + 1)).setValue(answers.get(i));
    }
    page = page.getHtmlElementById("password-care-questions-save").click();
    return this;
  }

  /** "These are correct" on the recovery-contacts page. */
  QuestionsBrowser confirm() throws Exception {
    page = page.getHtmlElementById("password-care-contacts-confirm").click();
    return this;
  }

  /** Posts {@code fields} to the action URL of the form {@code formId} of the current page. */
  QuestionsBrowser forge(String formId, Map<String, String> fields) throws Exception {
    HtmlForm form = form(formId);
    URL action = page.getFullyQualifiedUrl(form.getActionAttribute());
    WebRequest request = new WebRequest(action, HttpMethod.POST);
    List<NameValuePair> pairs = new ArrayList<>();
    fields.forEach((name, value) -> pairs.add(new NameValuePair(name, value)));
    request.setRequestParameters(pairs);
    page = client.getPage(request);
    return this;
  }
}
