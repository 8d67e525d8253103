package io.github.passwordcare.expiry;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.timer.ScheduledTask;

/**
 * The daily reminder job. Every node's timer fires it every quarter hour; it acts only in realms
 * that have an expiry policy, reminders on, and whose reminder hour (UTC) it is now. Each threshold
 * goes out at most once per password (the database remembers), so the hour's later runs, or another
 * node's, send only what became due since.
 */
final class ExpiryReminderTask implements ScheduledTask {

  static final String NAME = "password-care-expiry-reminders";
  static final long INTERVAL_MS = 15 * 60 * 1000L;
  private static final Logger LOG = Logger.getLogger(ExpiryReminderTask.class);

  @Override
  public void run(KeycloakSession session) {
    int hour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
    List<RealmModel> due =
        session
            .realms()
            .getRealmsStream()
            .filter(r -> ExpiryPolicy.of(r).isPresent())
            .filter(
                r -> {
                  ExpiryReminderSettings s = ExpiryReminderSettings.of(session, r);
                  return s.enabled() && s.hour() == hour;
                })
            .toList();
    for (RealmModel realm : due) {
      Optional<String> baseUrl = ReminderLinks.baseUrl(session, realm);
      if (baseUrl.isEmpty()) {
        LOG.warnf(
            "Realm %s: password expiry reminders not sent: set the server's hostname option or"
                + " the realm's frontend URL, so that the emails can link to the server",
            realm.getName());
        continue;
      }
      ReminderRun run =
          new ReminderRun(
              session.getKeycloakSessionFactory(),
              realm.getId(),
              baseUrl.get(),
              false,
              Time.currentTimeMillis());
      ReminderLock.runAlone(session, realm.getId(), run)
          .ifPresent(
              o ->
                  LOG.infof(
                      "Realm %s: %d password expiry reminders sent",
                      realm.getName(), o.sentCount()));
    }
  }

  @Override
  public String getTaskName() {
    return NAME;
  }
}
