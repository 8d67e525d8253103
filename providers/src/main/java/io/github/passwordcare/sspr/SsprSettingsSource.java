package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Where SSPR reads the realm's settings from: the one realm component, defaults when absent. */
final class SsprSettingsSource {

  private SsprSettingsSource() {}

  static PasswordCareSettings read(KeycloakSession session, RealmModel realm) {
    return PasswordCareSettingsStore.read(session, realm);
  }
}
