package io.github.passwordcare.expiry;

import jakarta.ws.rs.core.UriBuilder;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.keycloak.Config;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.urls.UrlType;

/**
 * The reminder's link: a sign-in to the account console with {@code kc_action=UPDATE_PASSWORD}, so
 * the user signs in, changes the password and lands in the account console. The link holds no
 * token: anyone who has it still has to sign in. The account console client requires PKCE, so the
 * link carries a random code challenge; the console signs in on its own when it loads.
 *
 * <p>A job has no request to take the server's address from: it uses the realm's frontend URL, else
 * the server's {@code hostname} option (a full URL or a host name for https).
 */
final class ReminderLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ReminderLinks() {}

  /** The server's public base URL (ending without a slash), if known. */
  static Optional<String> baseUrl(KeycloakSession session, RealmModel realm) {
    Optional<String> request = requestBaseUrl(session);
    if (request.isPresent()) {
      return request;
    }
    String frontend = realm.getAttribute("frontendUrl");
    if (frontend != null && !frontend.isBlank()) {
      return Optional.of(strip(frontend));
    }
    String hostname;
    try {
      hostname = Config.scope("hostname", "v2").get("hostname");
    } catch (RuntimeException e) {
      hostname = null;
    }
    if (hostname == null || hostname.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(strip(hostname.contains("://") ? hostname : "https://" + hostname));
  }

  /** The base URL of the request being served; empty in a job, which has no request. */
  private static Optional<String> requestBaseUrl(KeycloakSession session) {
    try {
      if (session.getContext().getHttpRequest() == null) {
        return Optional.empty();
      }
      return Optional.of(
          strip(session.getContext().getUri(UrlType.FRONTEND).getBaseUri().toString()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static String changePassword(String baseUrl, String realmName) {
    String realm = UriBuilder.fromUri(baseUrl).path("realms/{realm}").build(realmName).toString();
    return UriBuilder.fromUri(realm)
        .path("protocol/openid-connect/auth")
        .queryParam("client_id", Constants.ACCOUNT_CONSOLE_CLIENT_ID)
        .queryParam("redirect_uri", realm + "/account/")
        .queryParam("response_type", "code")
        .queryParam("scope", "openid")
        .queryParam("kc_action", "UPDATE_PASSWORD")
        .queryParam("code_challenge", codeChallenge())
        .queryParam("code_challenge_method", "S256")
        .build()
        .toString();
  }

  private static String codeChallenge() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
