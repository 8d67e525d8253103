package io.github.passwordcare.production.cluster;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;

/**
 * One person at the demo realm's "forgot password" pages (HtmlUnit, no JavaScript, cookies of its
 * own) who can be moved from node to node between two steps, as a load balancer without sticky
 * sessions would: {@link #on} sends the next form to that node. The cookies go along: they are
 * bound to the host name, not to the port. The host is "localhost": with "127.0.0.1" HtmlUnit sent
 * no cookie back (Keycloak: "Restart login cookie not found").
 */
final class ClusterBrowser implements AutoCloseable {

  private final WebClient client = new WebClient();
  private TwoNodeCluster.Node node;
  private HtmlPage page;

  ClusterBrowser(TwoNodeCluster.Node node) {
    this.node = node;
    client.getOptions().setJavaScriptEnabled(false);
    client.getOptions().setCssEnabled(false);
    client.getOptions().setThrowExceptionOnFailingStatusCode(false);
    client.getOptions().setRedirectEnabled(true);
  }

  /** The node that gets the next request. */
  ClusterBrowser on(TwoNodeCluster.Node next) {
    this.node = next;
    return this;
  }

  /** Opens the account console's sign-in page and follows "Forgot password?". */
  ClusterBrowser forgotPassword() throws Exception {
    String realm = "/realms/" + TwoNodeCluster.REALM;
    String account = node.baseUrl() + realm + "/account/";
    HtmlPage login =
        client.getPage(
            node.baseUrl()
                + realm
                + "/protocol/openid-connect/auth?client_id=account-console&response_type=code"
                + "&scope=openid&state=s1&nonce=n1&code_challenge_method=S256"
                + "&code_challenge=8qcm0QNlmx5nhpKAQp6Vx_ZQlSv9xaS_6-9ArxzKEgo&ui_locales=en"
                + "&redirect_uri="
                + URLEncoder.encode(account, StandardCharsets.UTF_8));
    HtmlAnchor forgot =
        login.getAnchors().stream()
            .filter(a -> a.getHrefAttribute().contains("/login-actions/reset-credentials"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no forgot-password link:\n" + login.asXml()));
    page = client.getPage(onNode(login.getFullyQualifiedUrl(forgot.getHrefAttribute())));
    return this;
  }

  ClusterBrowser username(String username) throws Exception {
    HtmlForm form = form("kc-reset-password-form");
    form.getInputByName("username").setValue(username);
    return submit(form);
  }

  /** Chooses a method; the value is posted even if the page does not list it. */
  ClusterBrowser method(String value) throws Exception {
    HtmlForm form = form("password-care-sspr-method-form");
    HtmlRadioButtonInput radio =
        form.getRadioButtonsByName("method").stream().findFirst().orElseThrow();
    radio.setValueAttribute(value);
    radio.setChecked(true);
    return submit(form);
  }

  ClusterBrowser code(String code) throws Exception {
    HtmlForm form = form("password-care-sspr-code-form");
    form.getInputByName("code").setValue(code);
    return submit(form);
  }

  ClusterBrowser back() throws Exception {
    return submit(form("password-care-sspr-back-form"));
  }

  ClusterBrowser newPassword(String password) throws Exception {
    HtmlForm form = form("kc-passwd-update-form");
    form.getInputByName("password-new").setValue(password);
    form.getInputByName("password-confirm").setValue(password);
    return submit(form);
  }

  boolean has(String elementId) {
    return page.getElementById(elementId) != null;
  }

  String text() {
    return page.asNormalizedText();
  }

  int status() {
    return page.getWebResponse().getStatusCode();
  }

  String url() {
    return page.getUrl().toString();
  }

  private HtmlForm form(String id) {
    DomElement element = page.getElementById(id);
    if (element instanceof HtmlForm form) {
      return form;
    }
    throw new AssertionError("no form " + id + " on " + url() + ":\n" + text());
  }

  /** Submits {@code form} by its submit button, to the current node whatever its action says. */
  private ClusterBrowser submit(HtmlForm form) throws Exception {
    URL action = page.getFullyQualifiedUrl(form.getActionAttribute());
    form.setActionAttribute(onNode(action).toString());
    HtmlElement button =
        form.getFirstByXPath(".//input[@type='submit'] | .//button[not(@type) or @type='submit']");
    if (button == null) {
      throw new AssertionError("form " + form.getId() + " has no submit button");
    }
    page = button.click();
    return this;
  }

  private URL onNode(URL url) throws Exception {
    return new URL("http", "localhost", node.httpPort(), url.getFile());
  }

  @Override
  public void close() {
    client.close();
  }
}
