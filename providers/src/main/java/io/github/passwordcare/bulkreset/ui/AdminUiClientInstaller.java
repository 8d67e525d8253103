package io.github.passwordcare.bulkreset.ui;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Puts the page's client into every realm: all existing realms once the server has started (after
 * database migration), and each realm when it is created or imported. Creating is idempotent, so
 * restarts and several nodes starting together do no harm.
 */
final class AdminUiClientInstaller implements ProviderEventListener {

  private static final Logger LOG = Logger.getLogger(AdminUiClientInstaller.class);

  @Override
  public void onEvent(ProviderEvent event) {
    if (event instanceof PostMigrationEvent migrated) {
      installEverywhere(migrated.getFactory());
    } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
      AdminUiClient.ensure(created.getCreatedRealm());
    }
  }

  private void installEverywhere(KeycloakSessionFactory factory) {
    List<String> realmIds =
        KeycloakModelUtils.runJobInTransactionWithResult(
            factory, session -> session.realms().getRealmsStream().map(RealmModel::getId).toList());
    int created = 0;
    for (String realmId : realmIds) {
      try {
        boolean added =
            KeycloakModelUtils.runJobInTransactionWithResult(
                factory,
                session -> {
                  RealmModel realm = session.realms().getRealm(realmId);
                  return realm != null && AdminUiClient.ensure(realm);
                });
        created += added ? 1 : 0;
      } catch (ModelDuplicateException e) {
        // Another node created it at the same moment: that is the outcome we wanted.
        LOG.debugf("Client %s already created in realm %s", AdminUiClient.CLIENT_ID, realmId);
      }
    }
    LOG.debugf(
        "Client %s created in %d of %d realms", AdminUiClient.CLIENT_ID, created, realmIds.size());
  }
}
