package io.github.passwordcare.it.contact;

import static io.github.passwordcare.it.contact.RecoveryContactsClient.json;
import static io.github.passwordcare.it.contact.RecoveryContactsClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * {@code GET/PUT .../password-care/users/{id}/recovery-contacts}: admins pre-fill, change and clear
 * contacts; the phone is stored in E.164; admin-set contacts are verified only when the request
 * says so; bad input changes nothing; the event and the log name no contact.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class RecoveryContactsApiIT extends AbstractPasswordCareIT {

  @Test
  void anAdminPrefillsChangesAndClearsTheContacts() throws Exception {
    String id = users().create("api");
    String alternate = "alt-" + users().username(id) + "@example.nl";
    String helpdesk = tokenOf("helpdesk");

    JsonNode empty = json(contacts().get(id, helpdesk).body());
    assertThat(text(empty, "recoveryPhone")).isNull();
    assertThat(text(empty, "recoveryEmail")).isNull();
    assertThat(text(empty, "recoveryConfirmedAt")).isNull();
    assertThat(empty.path("recoveryRemindLaterCount").asInt()).isZero();
    assertThat(methods(empty)).containsExactly("email");
    assertThat(empty.path("methodsRequired").asInt()).isEqualTo(1);

    HttpResponse<String> prefilled =
        contacts()
            .put(
                id,
                helpdesk,
                "{\"recoveryPhone\": \"+31 6 12345678\", \"recoveryPhoneVerified\": true,"
                    + " \"recoveryEmail\": \""
                    + alternate
                    + "\", \"recoveryEmailVerified\": false}");
    assertThat(prefilled.statusCode()).as(prefilled.body()).isEqualTo(200);
    JsonNode body = json(prefilled.body());
    assertThat(text(body, "recoveryPhone")).isEqualTo("+31612345678");
    assertThat(body.path("recoveryPhoneVerified").asBoolean()).isTrue();
    assertThat(text(body, "recoveryEmail")).isEqualTo(alternate);
    assertThat(body.path("recoveryEmailVerified").asBoolean()).isFalse();
    assertThat(methods(body)).containsExactlyInAnyOrder("email", "sms");
    assertThat(users().get(id).firstAttribute("recoveryPhone")).isEqualTo("+31612345678");

    body = json(contacts().put(id, helpdesk, "{\"recoveryEmailVerified\": true}").body());
    assertThat(methods(body)).containsExactlyInAnyOrder("email", "recovery-email", "sms");

    // What GET answered can be sent back (kcadm.sh update -s does): nothing changes.
    String read = contacts().get(id, helpdesk).body();
    HttpResponse<String> roundTrip = contacts().put(id, helpdesk, read);
    assertThat(roundTrip.statusCode()).as(roundTrip.body()).isEqualTo(200);
    assertThat(json(roundTrip.body())).isEqualTo(json(read));

    // A changed number without "recoveryPhoneVerified": true is unverified.
    body = json(contacts().put(id, helpdesk, "{\"recoveryPhone\": \"06 87654321\"}").body());
    assertThat(text(body, "recoveryPhone")).isEqualTo("+31687654321");
    assertThat(body.path("recoveryPhoneVerified").asBoolean()).isFalse();
    assertThat(methods(body)).doesNotContain("sms");

    HttpResponse<String> cleared =
        contacts().put(id, helpdesk, "{\"recoveryPhone\": \"\", \"recoveryEmail\": \"\"}");
    assertThat(cleared.statusCode()).isEqualTo(200);
    body = json(cleared.body());
    assertThat(text(body, "recoveryPhone")).isNull();
    assertThat(text(body, "recoveryEmail")).isNull();
    assertThat(methods(body)).containsExactly("email");
    for (String name :
        List.of(
            "recoveryPhone", "recoveryPhoneVerified", "recoveryEmail", "recoveryEmailVerified")) {
      assertThat(users().get(id).firstAttribute(name)).as(name).isNull();
    }
  }

  @Test
  void badInputIsRefusedAndNothingIsStored() throws Exception {
    String id = users().create("api-bad");
    String helpdesk = tokenOf("helpdesk");
    String primary = users().get(id).getEmail();
    contacts().put(id, helpdesk, "{\"recoveryPhone\": \"+31611112222\"}");
    String before = contacts().get(id, helpdesk).body();
    long future = System.currentTimeMillis() / 1000 + 3600;

    for (String bad :
        List.of(
            "{\"recoveryPhone\": \"not a phone\"}",
            "{\"recoveryEmail\": \"" + primary.toUpperCase() + "\"}",
            "{\"recoveryPhone\": \"+31622223333\", \"recoveryEmail\": \"not-an-address\"}",
            "{\"recoveryEmail\": \"x@example.nl\", \"recoveryPhone\": \"+31 20 1234567\"}",
            "{\"recoveryPhone\": null}",
            "{\"recoveryPhoneVerified\": \"true\"}",
            "{\"recoveryPhone\": \"+31622223333\", \"recoveryPhone\": \"\"}",
            "{\"phone\": \"+31622223333\"}",
            "{\"recoveryConfirmedAt\": " + future + "}",
            "{\"recoveryConfirmedAt\": -1}",
            "{\"recoveryRemindLaterCount\": 3}",
            "{\"recoveryEmail\": \"\", \"recoveryEmailVerified\": true}",
            "[]",
            "")) {
      HttpResponse<String> response = contacts().put(id, helpdesk, bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(json(response.body()).path("error").asText()).as(bad).isNotBlank();
    }
    HttpResponse<String> plain = contacts().put(id, helpdesk, "text/plain", "{}");
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(contacts().get(id, helpdesk).body()).isEqualTo(before);
  }

  @Test
  void confirmedAtCanBeMovedBackAndTheRemindLaterCountReset() throws Exception {
    String id = users().create("api-dates");
    var user = users().get(id);
    user.singleAttribute("recoveryRemindLaterCount", "2");
    admin.realm(DEMO_REALM).users().get(id).update(user);
    String token = admin.tokenManager().getAccessTokenString();
    assertThat(json(contacts().get(id, token).body()).path("recoveryRemindLaterCount").asInt())
        .isEqualTo(2);

    JsonNode body =
        json(
            contacts()
                .put(id, token, "{\"recoveryConfirmedAt\": 1000, \"recoveryRemindLaterCount\": 0}")
                .body());

    assertThat(body.path("recoveryConfirmedAt").asLong()).isEqualTo(1000);
    assertThat(body.path("recoveryRemindLaterCount").asInt()).isZero();
  }

  @Test
  void theAdminEventAndTheServerLogHoldNoContact() throws Exception {
    String id = users().create("api-event");
    String alternate = "secret-" + users().username(id) + "@example.nl";
    long logStart = ServerLog.size();

    HttpResponse<String> response =
        contacts()
            .put(
                id,
                tokenOf("helpdesk"),
                "{\"recoveryPhone\": \"+31 6 2468 1357\", \"recoveryEmail\": \""
                    + alternate
                    + "\"}");
    assertThat(response.statusCode()).isEqualTo(200);

    List<AdminEventRepresentation> events =
        admin
            .realm(DEMO_REALM)
            .getAdminEvents(
                List.of("UPDATE"),
                null,
                null,
                null,
                null,
                RecoveryContactsClient.path(id),
                null,
                null,
                null,
                0,
                10);
    assertThat(events).hasSize(1);
    AdminEventRepresentation event = events.get(0);
    assertThat(event.getResourceType()).isEqualTo("USER");
    assertThat(event.getRepresentation())
        .contains("recoveryPhone", "recoveryEmail")
        .doesNotContain("24681357", alternate, "secret-");
    assertThat(String.join("\n", ServerLog.linesSince(logStart)))
        .doesNotContain("24681357", "secret-");
  }

  private static List<String> methods(JsonNode body) {
    List<String> methods = new ArrayList<>();
    body.path("registeredMethods").forEach(m -> methods.add(m.asText()));
    return methods;
  }

  private RecoveryContactsClient contacts() {
    return new RecoveryContactsClient(urls.getBase(), DEMO_REALM);
  }
}
