package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * How the bulk reset page is served, without a browser: content types, the security policy,
 * messages per language, and the sign-in client in old and new realms.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetPageServingIT extends AbstractPasswordCareIT {

  private static final String CLIENT_ID = "password-care-admin-ui";

  private String page(String realmName) {
    return "/realms/" + realmName + "/password-care/admin/";
  }

  private String oldPage(String realmName) {
    return "/realms/" + realmName + "/password-care/bulk-reset-ui/";
  }

  /** The whole policy: a directive dropped or loosened fails the test. */
  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self';"
          + " img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @Test
  void everyResponseOfThePageCarriesTheFullSecurityHeaders() throws Exception {
    for (String path :
        List.of(
            page(DEMO_REALM),
            page(DEMO_REALM) + "js/app.js",
            page(DEMO_REALM) + "vendor/lib/keycloak.js",
            page(DEMO_REALM) + "app.css",
            page(DEMO_REALM) + "vendor/patternfly/patternfly-base.css",
            page(DEMO_REALM) + "vendor/patternfly/assets/fonts/RedHatText/RedHatText-Regular.woff2",
            page(DEMO_REALM) + "messages?locale=nl")) {
      HttpResponse<String> response = fetch(path, "*/*");
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertFullSecurityHeaders(path, response);
    }
  }

  /**
   * A missing file, a traversal attempt and a wrong case are answered by the page too, with its
   * headers and not stored, rather than by Keycloak's error page with the realm's looser ones.
   */
  @Test
  void aMissingFileGetsThePagesHeadersToo() throws Exception {
    for (String path :
        List.of(
            "nosuch.js",
            "NOPE",
            "js/keycloak.js",
            "..%2f..%2fpassword-care.properties",
            "js/..%2F..%2F..%2Fpassword-care.properties")) {
      HttpResponse<String> response = fetch(page(DEMO_REALM) + path, "*/*");
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertFullSecurityHeaders(path, response);
      assertThat(response.headers().allValues("Cache-Control"))
          .as(path)
          .containsExactly("no-store");
      assertThat(response.body()).as(path).isEqualTo("{\"error\":\"Not found\"}");
    }
  }

  private void assertFullSecurityHeaders(String path, HttpResponse<String> response) {
    var headers = response.headers();
    assertThat(headers.allValues("Content-Security-Policy")).as(path).containsExactly(CSP);
    assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
    assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
    assertThat(headers.allValues("Referrer-Policy")).as(path).containsExactly("no-referrer");
    assertThat(headers.allValues("X-Robots-Tag")).as(path).containsExactly("none");
    // The demo realm keeps Keycloak's default HSTS header value, which the page repeats.
    assertThat(headers.allValues("Strict-Transport-Security"))
        .as(path)
        .containsExactly(
            admin
                .realm(DEMO_REALM)
                .toRepresentation()
                .getBrowserSecurityHeaders()
                .get("strictTransportSecurity"));
  }

  @Test
  void pageAndScriptsComeWithTheirTypeAndAStrictPolicy() throws Exception {
    HttpResponse<String> html = fetch(page(DEMO_REALM), "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(html.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
    assertThat(html.body()).contains("js/app.js");

    for (String script : List.of("js/app.js", "vendor/lib/keycloak.js")) {
      HttpResponse<String> js = fetch(page(DEMO_REALM) + script, "*/*");
      assertThat(js.statusCode()).as(script).isEqualTo(200);
      assertThat(js.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
      assertThat(js.headers().firstValue("ETag")).isPresent();
    }
    assertThat(fetch(page(DEMO_REALM) + "app.css", "*/*").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
  }

  @Test
  void otherFilesAreNotServed() throws Exception {
    for (String path :
        List.of(
            "password-care.properties",
            "js/..%2F..%2F..%2Fpassword-care.properties",
            "missing.js")) {
      assertThat(fetch(page(DEMO_REALM) + path, "*/*").statusCode()).as(path).isEqualTo(404);
    }
  }

  /**
   * The bulk reset page's old address leads to the admin app's bulk reset section, query string
   * kept, with and without the slash; its old files are gone, answered with the app's headers.
   */
  @Test
  void theOldBulkResetAddressRedirectsToTheAppsBulkResetSection() throws Exception {
    for (String old : List.of(oldPage(DEMO_REALM), oldPage(DEMO_REALM).replaceAll("/$", ""))) {
      HttpResponse<String> response = fetch(old + "?ui_locales=nl", "text/html");
      assertThat(response.statusCode()).as(old).isEqualTo(303);
      assertFullSecurityHeaders(old, response);
      assertThat(response.headers().firstValue("Location"))
          .hasValue(urls.getBase() + page(DEMO_REALM) + "?section=bulk-reset&ui_locales=nl");
    }
    assertThat(fetch(oldPage(DEMO_REALM), "text/html").headers().firstValue("Location"))
        .hasValue(urls.getBase() + page(DEMO_REALM) + "?section=bulk-reset");
    HttpResponse<String> oldScript = fetch(oldPage(DEMO_REALM) + "js/app.js", "*/*");
    assertThat(oldScript.statusCode()).isEqualTo(404);
    assertFullSecurityHeaders("old js/app.js", oldScript);
  }

  @Test
  void fontsComeWithTheirType() throws Exception {
    HttpResponse<String> font =
        fetch(
            page(DEMO_REALM) + "vendor/patternfly/assets/fonts/RedHatText/RedHatText-Regular.woff2",
            "*/*");
    assertThat(font.statusCode()).isEqualTo(200);
    assertThat(font.headers().firstValue("Content-Type")).hasValue("font/woff2");
  }

  @Test
  void withoutTheSlashThePageRedirects() throws Exception {
    String bare = page(DEMO_REALM).substring(0, page(DEMO_REALM).length() - 1);
    HttpResponse<String> response = fetch(bare + "?ui_locales=nl", "text/html");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(page(DEMO_REALM) + "?ui_locales=nl"));
  }

  @Test
  void messagesFollowTheRequestedLanguageThenAcceptLanguage() throws Exception {
    assertThat(fetch(page(DEMO_REALM) + "messages?locale=nl", "application/json").body())
        .contains("\"locale\":\"nl\"", "Wachtwoorden in bulk resetten");
    HttpResponse<String> byHeader =
        http.send(
            HttpRequest.newBuilder(URI.create(urls.getBase() + page(DEMO_REALM) + "messages"))
                .header("Accept-Language", "de-DE, nl;q=0.8, en;q=0.5")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(byHeader.body()).contains("\"locale\":\"nl\"");
    assertThat(fetch(page(DEMO_REALM) + "messages?locale=xx", "application/json").body())
        .contains("\"locale\":\"en\"", "Bulk password reset")
        .doesNotContain("passwordCareBulkResetNotify");
  }

  @Test
  void everyRealmGetsThePagesClientIncludingNewOnes() {
    assertPageClient(DEMO_REALM);
    // The test server runs with admin-ui-client=all (as ./run.sh and compose): master has it too.
    assertThat(PasswordCareServerConfig.ADMIN_UI_CLIENT).isEqualTo("all");
    assertPageClient("master");

    String name = "password-care-page-client-" + System.nanoTime();
    RealmRepresentation rep = new RealmRepresentation();
    rep.setRealm(name);
    rep.setEnabled(true);
    admin.realms().create(rep);
    try {
      assertPageClient(name);
    } finally {
      admin.realm(name).remove();
    }
  }

  private void assertPageClient(String realmName) {
    List<ClientRepresentation> clients = admin.realm(realmName).clients().findByClientId(CLIENT_ID);
    assertThat(clients).as(realmName).hasSize(1);
    ClientRepresentation client = clients.get(0);
    assertThat(client.isPublicClient()).isTrue();
    assertThat(client.isStandardFlowEnabled()).isTrue();
    assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
    assertThat(client.isImplicitFlowEnabled()).isFalse();
    assertThat(client.isFullScopeAllowed()).isFalse();
    assertThat(client.getBaseUrl()).isEqualTo(page(realmName));
    assertThat(client.getRedirectUris()).containsExactly(page(realmName) + "*");
    assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
  }

  private HttpResponse<String> fetch(String path, String accept) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(urls.getBase() + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
