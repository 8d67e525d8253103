package io.github.passwordcare.it.sspr;

/**
 * A login page's HTML without what differs per session by design: the action URL's session code,
 * execution and tab id, and the typed username (an unknown name is echoed like a known one).
 */
final class PageHtml {

  private PageHtml() {}

  static String normalise(String html, String username) {
    return html.replaceAll("session_code=[^&\"]+", "session_code=X")
        .replaceAll("execution=[^&\"]+", "execution=X")
        .replaceAll("tab_id=[^&\"]+", "tab_id=X")
        .replaceAll("client_data=[^&\"]+", "client_data=X")
        .replaceAll("skip_logout=[^&\"]+", "skip_logout=X")
        .replace(username, "USERNAME");
  }
}
