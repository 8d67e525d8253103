package io.github.passwordcare.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * Opens the account console's OIDC login page of the demo realm. HtmlUnit does not run the account
 * console's JavaScript, so tests go to its authorization URL directly, with PKCE (the
 * account-console client requires S256).
 */
public final class AccountConsoleLogin {

  private static final String VERIFIER = "password-care-demo-verifier-0123456789-abcdefghijklmnop";

  private AccountConsoleLogin() {}

  /** Where a successful login lands (with {@code code=} in the query). */
  public static String accountUrl(KeycloakUrls urls) {
    return urls.getBase() + "/realms/" + AbstractPasswordCareIT.DEMO_REALM + "/account/";
  }

  /** Forgets earlier sign-ins of the shared browser and opens the login page. */
  public static void open(ManagedWebDriver driver, KeycloakUrls urls) {
    driver.driver().manage().deleteAllCookies();
    driver.open(authorizationUrl(urls));
  }

  /** The account console's authorization URL; opened with the browser's cookies, it is SSO. */
  public static String authorizationUrl(KeycloakUrls urls) {
    return urls.getBase()
        + "/realms/"
        + AbstractPasswordCareIT.DEMO_REALM
        + "/protocol/openid-connect/auth?client_id=account-console&response_type=code"
        + "&scope=openid&state=s1&nonce=n1&code_challenge_method=S256&code_challenge="
        + challenge()
        + "&redirect_uri="
        + URLEncoder.encode(accountUrl(urls), StandardCharsets.UTF_8);
  }

  private static String challenge() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
