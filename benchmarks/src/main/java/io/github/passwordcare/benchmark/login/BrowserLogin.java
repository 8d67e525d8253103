package io.github.passwordcare.benchmark.login;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One full browser sign-in as a user's browser does it, with nothing kept from an earlier one (no
 * SSO cookie): GET the authorization endpoint, POST the login form with its cookies, and expect the
 * 302 back to the client with a code. Anything else (a page asking for something, an error) is a
 * failure with the page's title, since then the two sides no longer do the same work.
 */
final class BrowserLogin {

  static final String REDIRECT_URI = "http://localhost/password-care-bench/callback";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern FORM_ACTION =
      Pattern.compile("action=\"([^\"]*/login-actions/authenticate[^\"]*)\"");
  private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

  /** Where one side signs in: a realm and a client of it. */
  record Target(String label, String realm, String clientId) {}

  private final HttpClient http;
  private final URI baseUrl;

  BrowserLogin(HttpClient http, URI baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
  }

  /** Signs the user in; throws with what the server answered instead of a code. */
  void signIn(Target target, String username, String password)
      throws IOException, InterruptedException {
    URI auth =
        baseUrl.resolve(
            "/realms/"
                + encode(target.realm())
                + "/protocol/openid-connect/auth?response_type=code&scope=openid&state=bench"
                + "&client_id="
                + encode(target.clientId())
                + "&redirect_uri="
                + encode(REDIRECT_URI));
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(auth).timeout(TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String action = formAction(page.body());
    if (page.statusCode() != 200 || action == null) {
      throw new IOException(target.label() + ": no login form: " + describe(page));
    }
    String form =
        "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(action))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(page.headers().allValues("set-cookie")))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = answer.headers().firstValue("location").orElse("");
    if (answer.statusCode() != 302 || !isCodeRedirect(location)) {
      throw new IOException(target.label() + ": no code after the password: " + describe(answer));
    }
  }

  /** The login form's action URL, HTML entities undone, or null when the page has no form. */
  static String formAction(String html) {
    Matcher matcher = FORM_ACTION.matcher(html == null ? "" : html);
    return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
  }

  /** The {@code Cookie} header for the {@code Set-Cookie} headers of one answer. */
  static String cookies(List<String> setCookies) {
    StringBuilder header = new StringBuilder();
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0].trim();
      if (pair.contains("=")) {
        header.append(header.isEmpty() ? "" : "; ").append(pair);
      }
    }
    return header.toString();
  }

  static boolean isCodeRedirect(String location) {
    return location.startsWith(REDIRECT_URI + "?")
        && (location.contains("?code=") || location.contains("&code="));
  }

  private static String describe(HttpResponse<String> response) {
    Matcher title = TITLE.matcher(response.body() == null ? "" : response.body());
    return "HTTP "
        + response.statusCode()
        + (title.find() ? ", page \"" + title.group(1).trim() + "\"" : "")
        + response.headers().firstValue("location").map(l -> ", to " + l).orElse("");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
