package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.PasswordCareServerConfig;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The CSV answer holds one-time passwords (never cached) and names its file after the realm,
 * whatever characters the realm name has: an ASCII fallback plus the exact name, RFC 6266.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetCsvHeadersIT extends AbstractBulkResetIT {

  @Test
  void csvIsNeverCachedAndNamedAfterTheRealm() throws Exception {
    String u1 = users().create("csvh");

    HttpResponse<String> response =
        post(
            BulkResetClient.PATH, tokenOf("realm-admin"), body("userIds", List.of(u1)), "text/csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"bulk-reset-password-care-demo.csv\";"
                + " filename*=UTF-8''bulk-reset-password-care-demo.csv");
  }

  @Test
  void aNonAsciiRealmNameGetsAnAsciiFallbackAndTheExactEncodedName() throws Exception {
    String name = "pt-ü x";
    RealmRepresentation rep = new RealmRepresentation();
    rep.setRealm(name);
    rep.setEnabled(true);
    admin.realms().create(rep);
    try {
      var users = admin.realm(name).users();
      var user = new org.keycloak.representations.idm.UserRepresentation();
      user.setUsername("umlaut-user");
      user.setEnabled(true);
      users.create(user).close();
      String path =
          "/admin/realms/"
              + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
              + "/password-care/bulk-reset";

      HttpResponse<String> response =
          post(
              path,
              admin.tokenManager().getAccessTokenString(),
              body("usernames", List.of("umlaut-user"), "dryRun", true),
              "text/csv");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Disposition"))
          .hasValue(
              "attachment; filename=\"bulk-reset-pt-__x.csv\";"
                  + " filename*=UTF-8''bulk-reset-pt-%C3%BC%20x.csv");
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    } finally {
      admin.realm(name).remove();
    }
  }
}
