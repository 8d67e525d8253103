package io.github.passwordcare.bulkreset.ui;

import io.github.passwordcare.common.AfterCommit;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Puts the page's client into the realms the server option names ({@link AdminUiClientConfig}): all
 * existing realms once the server has started (after database migration), and each realm when it is
 * created or imported. At start it also brings our existing clients to the current shape ({@link
 * AdminUiClient#update}); a new realm's admin roles join the master realm's client. Creating is
 * idempotent, so restarts and several nodes starting together do no harm.
 */
final class AdminUiClientInstaller implements ProviderEventListener {

  private static final Logger LOG = Logger.getLogger(AdminUiClientInstaller.class);

  private final AdminUiClientConfig config;

  AdminUiClientInstaller(AdminUiClientConfig config) {
    this.config = config;
  }

  @Override
  public void onEvent(ProviderEvent event) {
    if (event instanceof PostMigrationEvent migrated) {
      installEverywhere(migrated.getFactory());
    } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
      KeycloakSession session = created.getKeycloakSession();
      RealmModel realm = created.getCreatedRealm();
      install(session, realm); // an imported realm may hold a client an older version made
      grantInMasterOnceCommitted(session, realm.getId());
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
                factory, session -> install(session, session.realms().getRealm(realmId)));
        created += added ? 1 : 0;
      } catch (ModelDuplicateException e) {
        // Another node created it at the same moment: that is the outcome we wanted.
        LOG.debugf("Client %s already created in realm %s", AdminUiClient.CLIENT_ID, realmId);
      }
    }
    LOG.debugf(
        "Client %s created in %d of %d realms (%s)",
        AdminUiClient.CLIENT_ID, created, realmIds.size(), config.realms().value());
  }

  /**
   * Adds the new realm's admin roles to the master realm's client in a transaction of its own,
   * after the realm's creation committed: changed in the creating transaction, the master client's
   * scope was lost when a realm had been removed before (seen on 26.5.6).
   */
  private void grantInMasterOnceCommitted(KeycloakSession session, String realmId) {
    KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
    AfterCommit.run(
        session,
        () ->
            KeycloakModelUtils.runJobInTransaction(
                factory,
                s -> {
                  RealmModel created = s.realms().getRealm(realmId);
                  if (created != null) {
                    AdminUiClientScope.grantInMaster(s, created);
                  }
                }));
  }

  private boolean install(KeycloakSession session, RealmModel realm) {
    if (realm == null) {
      return false;
    }
    AdminUiClient.update(session, realm);
    return config.createsIn(AdminUiClient.isMaster(realm)) && AdminUiClient.create(session, realm);
  }
}
