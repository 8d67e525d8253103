package io.github.passwordcare.it;

import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/**
 * One person at the server's pages in a plain HtmlUnit client (no JavaScript, no CSS, cookies of
 * its own, error statuses as pages): what the page-driving test browsers (SSPR, recovery contacts,
 * security questions) share, so each keeps only the steps of its own journey.
 */
public abstract class PlainBrowser implements AutoCloseable {

  protected final WebClient client = new WebClient();
  protected final String base;
  protected HtmlPage page;

  protected PlainBrowser(String base) {
    this.base = base;
    client.getOptions().setJavaScriptEnabled(false);
    client.getOptions().setCssEnabled(false);
    client.getOptions().setThrowExceptionOnFailingStatusCode(false);
    client.getOptions().setRedirectEnabled(true);
  }

  public boolean has(String elementId) {
    return page.getElementById(elementId) != null;
  }

  /** The text of one element of the page; empty when there is none. */
  public String textOf(String elementId) {
    DomElement element = page.getElementById(elementId);
    return element == null ? "" : element.asNormalizedText();
  }

  public String text() {
    return page.asNormalizedText();
  }

  public String html() {
    return page.getWebResponse().getContentAsString();
  }

  public String url() {
    return page.getUrl().toString();
  }

  public int status() {
    return page.getWebResponse().getStatusCode();
  }

  /** The form with this id, or a failure that shows the page the test got instead. */
  protected HtmlForm form(String id) {
    if (page.getElementById(id) instanceof HtmlForm form) {
      return form;
    }
    throw new AssertionError("no form " + id + " on " + url() + ":\n" + text());
  }

  /** Submits {@code form} by its (first) submit button, as a user would. */
  protected static HtmlPage submit(HtmlForm form) throws Exception {
    HtmlElement button =
        form.getFirstByXPath(".//input[@type='submit'] | .//button[not(@type) or @type='submit']");
    if (button == null) {
      throw new AssertionError("form " + form.getId() + " has no submit button");
    }
    return button.click();
  }

  @Override
  public void close() {
    client.close();
  }
}
