package io.github.passwordcare.expiry;

import io.github.passwordcare.common.RequiredActionRegistration;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

/**
 * Registers the expiry warning in every realm ({@link RequiredActionRegistration}): Keycloak calls
 * a required action only where it is registered and enabled, and a new realm lists only the
 * built-in ones; an admin who disables it keeps it disabled. The start also schedules the reminder
 * job on this node; {@link ClusterAwareScheduledTaskRunner} lets one node at a time run it.
 */
final class ExpiryInstaller implements ProviderEventListener {

  static final RequiredActionRegistration ACTION =
      new RequiredActionRegistration(
          ExpiryWarningRequiredActionFactory.PROVIDER_ID, "Password Care: password expiry warning");

  @Override
  public void onEvent(ProviderEvent event) {
    if (event instanceof PostMigrationEvent migrated) {
      ACTION.registerEverywhere(migrated.getFactory());
      schedule(migrated.getFactory());
    } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
      ACTION.register(created.getCreatedRealm());
    }
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
