package io.github.passwordcare.contact;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Keycloak runs a required action only where it is registered and enabled, and a new realm lists
 * only the built-in ones. So the recovery-contacts page is registered, enabled, in every existing
 * realm once the server has started and in each realm when it is created or imported, as the expiry
 * warning is. Idempotent (restarts, several nodes); a realm that already has it (an admin disabled
 * it, or the realm's JSON lists it) keeps it exactly as it is. Registering does not show the page
 * to anyone: the recovery check or an application's {@code kc_action} does.
 */
final class RecoveryContactsInstaller implements ProviderEventListener {

  private static final Logger LOG = Logger.getLogger(RecoveryContactsInstaller.class);

  @Override
  public void onEvent(ProviderEvent event) {
    if (event instanceof PostMigrationEvent migrated) {
      registerEverywhere(migrated.getFactory());
    } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
      register(created.getCreatedRealm());
    }
  }

  private static void registerEverywhere(KeycloakSessionFactory factory) {
    List<String> realmIds =
        KeycloakModelUtils.runJobInTransactionWithResult(
            factory, session -> session.realms().getRealmsStream().map(RealmModel::getId).toList());
    for (String realmId : realmIds) {
      try {
        KeycloakModelUtils.runJobInTransaction(
            factory, session -> register(session.realms().getRealm(realmId)));
      } catch (ModelDuplicateException e) {
        LOG.debugf("Recovery contacts page already registered in realm %s", realmId);
      }
    }
  }

  static void register(RealmModel realm) {
    String id = RecoveryContactsRequiredActionFactory.PROVIDER_ID;
    if (realm == null || realm.getRequiredActionProviderByAlias(id) != null) {
      return;
    }
    RequiredActionProviderModel action = new RequiredActionProviderModel();
    action.setAlias(id);
    action.setProviderId(id);
    action.setName(RecoveryContactsRequiredActionFactory.DISPLAY_TEXT);
    action.setEnabled(true);
    action.setDefaultAction(false);
    action.setPriority(
        realm
                .getRequiredActionProvidersStream()
                .mapToInt(RequiredActionProviderModel::getPriority)
                .max()
                .orElse(0)
            + 10);
    realm.addRequiredActionProvider(action);
  }
}
