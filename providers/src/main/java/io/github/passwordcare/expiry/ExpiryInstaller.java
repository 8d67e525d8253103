package io.github.passwordcare.expiry;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

/**
 * Keycloak calls a required action only where it is registered and enabled, and a realm lists only
 * the built-in ones when it is created. So the warning is registered in every existing realm once
 * the server has started, and in each realm when it is created or imported (idempotent, so restarts
 * and several nodes do no harm; an admin who disables it keeps it disabled). The start also
 * schedules the reminder job on this node; {@link ClusterAwareScheduledTaskRunner} lets one node at
 * a time run it.
 */
final class ExpiryInstaller implements ProviderEventListener {

  private static final Logger LOG = Logger.getLogger(ExpiryInstaller.class);

  @Override
  public void onEvent(ProviderEvent event) {
    if (event instanceof PostMigrationEvent migrated) {
      registerEverywhere(migrated.getFactory());
      schedule(migrated.getFactory());
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
        LOG.debugf("Expiry warning already registered in realm %s", realmId);
      }
    }
  }

  static void register(RealmModel realm) {
    if (realm == null
        || realm.getRequiredActionProviderByAlias(ExpiryWarningRequiredActionFactory.PROVIDER_ID)
            != null) {
      return;
    }
    RequiredActionProviderModel action = new RequiredActionProviderModel();
    action.setAlias(ExpiryWarningRequiredActionFactory.PROVIDER_ID);
    action.setProviderId(ExpiryWarningRequiredActionFactory.PROVIDER_ID);
    action.setName("Password Care: password expiry warning");
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

  private static void schedule(KeycloakSessionFactory factory) {
    try (KeycloakSession session = factory.create()) {
      session
          .getProvider(TimerProvider.class)
          .schedule(
              new ClusterAwareScheduledTaskRunner(
                  factory, new ExpiryReminderTask(), ExpiryReminderTask.INTERVAL_MS),
              ExpiryReminderTask.INTERVAL_MS,
              ExpiryReminderTask.NAME);
    }
  }
}
