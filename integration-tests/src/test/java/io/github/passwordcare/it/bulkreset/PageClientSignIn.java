package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.util.JsonSerialization;

/**
 * Signs a user in through the page's client {@code password-care-admin-ui} the way the page does,
 * without a browser: authorization code flow with PKCE S256 against the realm's login form, the
 * page's own URL as redirect URI. Gives the access token the page would get.
 */
final class PageClientSignIn {

  static final String CLIENT_ID = "password-care-admin-ui";

  private static final Pattern FORM_ACTION =
      Pattern.compile("action=\"([^\"]*/login-actions/authenticate[^\"]*)\"");
  private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /**
   * Keycloak's sign-in cookies are {@code Secure}; a browser sends them to http://localhost, but
   * java.net's CookieManager does not, so they are kept here.
   */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  PageClientSignIn(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The admin app's URL for a realm, the realm name encoded as the client's redirect URI has it.
   */
  String pageUrl(String realm) {
    return baseUrl + "/realms/" + pathSegment(realm) + "/password-care/admin/";
  }

  /** The access token of {@code username}, or fails the test when sign-in does not succeed. */
  String accessToken(String realm, String username, String password) throws Exception {
    String verifier = random();
    String redirect = pageUrl(realm);
    String auth =
        baseUrl
            + "/realms/"
            + pathSegment(realm)
            + "/protocol/openid-connect/auth?"
            + form(
                Map.of(
                    "client_id",
                    CLIENT_ID,
                    "response_type",
                    "code",
                    "scope",
                    "openid",
                    "redirect_uri",
                    redirect,
                    "state",
                    random(),
                    "nonce",
                    random(),
                    "code_challenge",
                    challenge(verifier),
                    "code_challenge_method",
                    "S256"));
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(auth)).GET());
    assertThat(login.statusCode()).as("login page of %s: %s", realm, login.body()).isEqualTo(200);
    Matcher action = FORM_ACTION.matcher(login.body());
    assertThat(action.find()).as("login form in %s", login.body()).isTrue();
    HttpResponse<String> posted =
        send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", username, "password", password)))));
    String location = posted.headers().firstValue("Location").orElse("");
    assertThat(location).as("redirect after sign-in: %s", posted.body()).startsWith(redirect);
    Matcher code = CODE.matcher(location);
    assertThat(code.find()).as(location).isTrue();
    HttpResponse<String> token =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        baseUrl
                            + "/realms/"
                            + pathSegment(realm)
                            + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "grant_type", "authorization_code",
                                "client_id", CLIENT_ID,
                                "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                                "redirect_uri", redirect,
                                "code_verifier", verifier)))));
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    return JsonSerialization.readValue(token.body(), AccessTokenResponse.class).getToken();
  }

  static String pathSegment(String realm) {
    return URLEncoder.encode(realm, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      String pair = cookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return response;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) throws NoSuchAlgorithmException {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
  }
}
