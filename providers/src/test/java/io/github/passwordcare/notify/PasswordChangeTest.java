package io.github.passwordcare.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

class PasswordChangeTest {

  @Test
  void aPasswordUpdateCredentialEventIsAChange() {
    Event event = event(EventType.UPDATE_CREDENTIAL, Map.of("credential_type", "password"));

    assertThat(PasswordChange.of(event, null))
        .contains(new PasswordChange("realm-1", "user-1", List.of()));
  }

  @Test
  void theDeprecatedUpdatePasswordEventIsAChangeToo() {
    assertThat(PasswordChange.of(event(EventType.UPDATE_PASSWORD, Map.of()), null)).isPresent();
  }

  @Test
  void otherCredentialsErrorsAndOtherEventsAreNot() {
    Event otp = event(EventType.UPDATE_CREDENTIAL, Map.of("credential_type", "otp"));
    Event failed = event(EventType.UPDATE_PASSWORD, Map.of());
    failed.setError("password_rejected");
    Event login = event(EventType.LOGIN, Map.of());

    assertThat(PasswordChange.of(otp, null)).isEmpty();
    assertThat(PasswordChange.of(failed, null)).isEmpty();
    assertThat(PasswordChange.of(login, null)).isEmpty();
  }

  @Test
  void theSsprNoteGivesTheMethodsPassed() {
    PasswordChange change =
        PasswordChange.of(event(EventType.UPDATE_PASSWORD, Map.of()), " email, otp ,").get();

    assertThat(change.throughSspr()).isTrue();
    assertThat(change.ssprMethods()).containsExactly("email", "otp");
    assertThat(PasswordChange.methods("  ")).isEmpty();
  }

  @Test
  void methodsMapToMessageKeys() {
    assertThat(PasswordChangeNotices.methodKeys(List.of("email", "recovery-email", "sms", "otp")))
        .containsExactly(
            "passwordCareNotifyMethodEmail",
            "passwordCareNotifyMethodRecoveryEmail",
            "passwordCareNotifyMethodSms",
            "passwordCareNotifyMethodOtp");
  }

  private static Event event(EventType type, Map<String, String> details) {
    Event event = new Event();
    event.setType(type);
    event.setRealmId("realm-1");
    event.setUserId("user-1");
    event.setDetails(details);
    return event;
  }
}
