package io.github.passwordcare.it.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.Kcadm;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.config.Config;

/**
 * The policy editor (the realm's {@code passwordPolicy}) refuses expiry values out of range with a
 * message that says the range, from our message bundle in the calling admin's language, and keeps
 * the policy it had.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ExpiryPolicyIT extends AbstractPasswordCareIT {

  private static final String EXPIRY_KEY = "passwordCareExpiryPolicyInvalidDays";
  private static final String NOTICE_KEY = "passwordCareExpiryNoticePolicyInvalidDays";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void refusesOutOfRangeDaysWithTheBundlesMessageAndKeepsThePolicy() throws Exception {
    try (ExpiryRealm scratch = new ExpiryRealm(admin, TestUsers.unique("expiry-policy"))) {
      String expiry = text("en", EXPIRY_KEY, 1, 730);
      String notice = text("en", NOTICE_KEY, 1, 30);
      String[][] cases = {
        {"password-care-expiry(0)", expiry},
        {"password-care-expiry(731)", expiry},
        {"password-care-expiry(abc)", expiry},
        {"password-care-expiry(90) and password-care-expiry-notice(31)", notice},
        {"password-care-expiry(90) and password-care-expiry-notice(0)", notice},
      };
      for (String[] c : cases) {
        HttpResponse<String> refused = putPolicy(scratch.name(), scratch.adminToken(), c[0], null);
        assertThat(refused.statusCode()).as(c[0]).isEqualTo(400);
        // Exactly the bundle's text: no "Invalid config for ..." prefix, no raw key.
        assertThat(errorMessage(refused)).as(c[0]).isEqualTo(c[1]);
        assertThat(scratch.resource().toRepresentation().getPasswordPolicy())
            .isEqualTo(ExpiryRealm.POLICY);
      }
      String valid = "password-care-expiry(730) and password-care-expiry-notice(30)";
      assertThat(putPolicy(scratch.name(), scratch.adminToken(), valid, null).statusCode())
          .isEqualTo(204);
      assertThat(scratch.resource().toRepresentation().getPasswordPolicy()).isEqualTo(valid);
    }
  }

  @Test
  void anAdminWhoseLanguageIsDutchGetsTheDutchText() throws Exception {
    String policy = admin.realm(DEMO_REALM).toRepresentation().getPasswordPolicy();
    String dutch = demoRealmAdmin("policy-nl", "nl");
    String english = demoRealmAdmin("policy-en", "en");

    HttpResponse<String> nl =
        putPolicy(DEMO_REALM, tokenOf(users().username(dutch)), "password-care-expiry(0)", null);
    assertThat(nl.statusCode()).isEqualTo(400);
    assertThat(errorMessage(nl)).isEqualTo(text("nl", EXPIRY_KEY, 1, 730));

    // The user's own language wins over the browser's, as in the admin console.
    HttpResponse<String> en =
        putPolicy(
            DEMO_REALM,
            tokenOf(users().username(english)),
            "password-care-expiry(90) and password-care-expiry-notice(45)",
            "nl");
    assertThat(en.statusCode()).isEqualTo(400);
    assertThat(errorMessage(en)).isEqualTo(text("en", NOTICE_KEY, 1, 30));

    assertThat(admin.realm(DEMO_REALM).toRepresentation().getPasswordPolicy()).isEqualTo(policy);
  }

  @Test
  void kcadmPrintsTheEnglishText() throws Exception {
    try (ExpiryRealm scratch = new ExpiryRealm(admin, TestUsers.unique("expiry-kcadm"));
        Kcadm kcadm =
            Kcadm.signIn(
                urls.getBase(), "master", Config.getAdminUsername(), Config.getAdminPassword())) {
      String err =
          kcadm.fails(
              "update", "realms/" + scratch.name(), "-s", "passwordPolicy=password-care-expiry(0)");
      assertThat(err).contains(text("en", EXPIRY_KEY, 1, 730));
      System.out.println("kcadm.sh with password-care-expiry(0) printed: " + err.strip());
      assertThat(scratch.resource().toRepresentation().getPasswordPolicy())
          .isEqualTo(ExpiryRealm.POLICY);
    }
  }

  /** {@code PUT /admin/realms/{realm}} with only the policy, as the console's policy editor. */
  private HttpResponse<String> putPolicy(
      String realmName, String token, String policy, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/" + realmName))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(java.util.Map.of("passwordPolicy", policy))));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String errorMessage(HttpResponse<String> response) throws IOException {
    JsonNode body = JSON.readTree(response.body());
    return body.path("errorMessage").asText(response.body());
  }

  /** A new demo-realm user with realm-admin and a language. */
  private String demoRealmAdmin(String prefix, String locale) {
    RealmResource demo = admin.realm(DEMO_REALM);
    String id = users().create(prefix);
    String clientId = demo.clients().findByClientId("realm-management").get(0).getId();
    RoleRepresentation role =
        demo.clients().get(clientId).roles().get("realm-admin").toRepresentation();
    demo.users().get(id).roles().clientLevel(clientId).add(List.of(role));
    UserRepresentation user = demo.users().get(id).toRepresentation();
    user.singleAttribute("locale", locale);
    demo.users().get(id).update(user);
    return id;
  }

  /** The text of {@code key} in the providers' bundle of {@code locale}. */
  static String text(String locale, String key, Object... params) {
    Properties bundle = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = ExpiryPolicyIT.class.getResourceAsStream(name)) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String pattern = bundle.getProperty(key);
    assertThat(pattern).as(key + " in " + name).isNotNull();
    return new MessageFormat(pattern, Locale.forLanguageTag(locale)).format(params);
  }
}
