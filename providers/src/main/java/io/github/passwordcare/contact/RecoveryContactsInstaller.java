package io.github.passwordcare.contact;

import io.github.passwordcare.common.RequiredActionRegistration;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Registers the recovery-contacts page in every realm once the server has started, and in each
 * realm when it is created or imported ({@link RequiredActionRegistration}, as for the expiry
 * warning). Registering does not show the page to anyone: the recovery check, an admin or an
 * application's {@code kc_action} does.
 */
final class RecoveryContactsInstaller implements ProviderEventListener {

  static final RequiredActionRegistration ACTION =
      new RequiredActionRegistration(
          RecoveryContactsRequiredActionFactory.PROVIDER_ID,
          RecoveryContactsRequiredActionFactory.DISPLAY_TEXT);

  @Override
  public void onEvent(ProviderEvent event) {
    if (event instanceof PostMigrationEvent migrated) {
      ACTION.registerEverywhere(migrated.getFactory());
    } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
      ACTION.register(created.getCreatedRealm());
    }
  }
}
