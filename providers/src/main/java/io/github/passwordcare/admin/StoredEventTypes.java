package io.github.passwordcare.admin;

import java.util.List;
import java.util.Set;
import org.keycloak.events.EventType;

/**
 * Which of the event types the activity figures count a realm saves. Keycloak saves a login event
 * when the realm has events on and either lists no types (then every type "saved by default", which
 * ours all are) or lists that type.
 */
final class StoredEventTypes {

  /** What the figures read: SSPR steps, SSPR failures, password changes. */
  static final List<EventType> NEEDED =
      List.of(
          EventType.SEND_RESET_PASSWORD,
          EventType.RESET_PASSWORD_ERROR,
          EventType.UPDATE_CREDENTIAL);

  private StoredEventTypes() {}

  /** Needed types a realm with these {@code enabledEventTypes} does not save. Pure. */
  static List<String> missing(boolean eventsEnabled, Set<String> enabledTypes) {
    if (!eventsEnabled) {
      return NEEDED.stream().map(EventType::name).toList();
    }
    return NEEDED.stream()
        .filter(
            t -> enabledTypes.isEmpty() ? !t.isSaveByDefault() : !enabledTypes.contains(t.name()))
        .map(EventType::name)
        .toList();
  }
}
