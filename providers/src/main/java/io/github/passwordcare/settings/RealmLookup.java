package io.github.passwordcare.settings;

/**
 * What settings validation must ask the realm: whether a group path and an admin role exist. An
 * interface so {@link SettingsValidator} stays pure and unit-testable without a server.
 */
public interface RealmLookup {

  /** Whether the realm has a group at {@code path} (such as {@code /helpdesk/tier1}). */
  boolean groupExists(String path);

  /** Whether {@code role} is a role of the realm's {@code realm-management} client. */
  boolean isAdminRole(String role);
}
