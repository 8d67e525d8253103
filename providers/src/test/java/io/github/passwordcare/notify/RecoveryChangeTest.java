package io.github.passwordcare.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

class RecoveryChangeTest {

  private static Event event(EventType type, String action, String change) {
    Event event = new Event();
    event.setType(type);
    event.setRealmId("realm");
    event.setUserId("user");
    event.setDetails(
        change == null
            ? Map.of("custom_required_action", action)
            : Map.of("custom_required_action", action, "password_care_contacts_change", change));
    return event;
  }

  @Test
  void addedChangedRemovedAndQuestionsAreChanges() {
    for (String change :
        new String[] {"email_added", "email_changed", "phone_removed", "questions_saved"}) {
      assertThat(
              RecoveryChange.of(
                  event(
                      EventType.CUSTOM_REQUIRED_ACTION,
                      "password-care-update-recovery-contacts",
                      change)))
          .map(RecoveryChange::change)
          .contains(change);
    }
  }

  @Test
  void confirmingRemindingAndOtherActionsAreNot() {
    for (String change : new String[] {"confirmed", "remind_later", "otp_setup_started", null}) {
      assertThat(
              RecoveryChange.of(
                  event(
                      EventType.CUSTOM_REQUIRED_ACTION,
                      "password-care-update-recovery-contacts",
                      change)))
          .isEmpty();
    }
    assertThat(
            RecoveryChange.of(
                event(
                    EventType.CUSTOM_REQUIRED_ACTION,
                    "password-care-expiry-warning",
                    "email_added")))
        .isEmpty();
    assertThat(
            RecoveryChange.of(
                event(EventType.LOGIN, "password-care-update-recovery-contacts", "email_added")))
        .isEmpty();
    Event failed =
        event(
            EventType.CUSTOM_REQUIRED_ACTION,
            "password-care-update-recovery-contacts",
            "email_added");
    failed.setError("invalid_code");
    assertThat(RecoveryChange.of(failed)).isEmpty();
  }

  @Test
  void eachChangeHasItsMessageKey() {
    assertThat(new RecoveryChange("r", "u", "phone_added").messageKey())
        .isEqualTo("passwordCareNotifyRecoveryPhoneAdded");
    assertThat(new RecoveryChange("r", "u", "questions_saved").messageKey())
        .isEqualTo("passwordCareNotifyRecoveryQuestionsSaved");
  }
}
