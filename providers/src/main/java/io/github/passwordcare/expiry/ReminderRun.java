package io.github.passwordcare.expiry;

import io.github.passwordcare.expiry.ReminderOutcome.Reminder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * One reminder run over one realm. It walks the passwords that expire within the largest threshold
 * in pages of {@link #PAGE}, each page in a transaction of its own and keyset-paged, so its memory
 * does not grow with the realm. For each password it finds the threshold due ({@link
 * PasswordExpiry#dueThreshold}), skips exempt users, users without a verified email (counted) and
 * thresholds already sent, then records the threshold and sends, in one transaction per user: a
 * failed send takes its record back, so it is tried again at the next run. Callers make sure only
 * one run per realm goes at a time ({@link ReminderLock}).
 */
final class ReminderRun {

  static final int PAGE = 500;
  private static final Logger LOG = Logger.getLogger(ReminderRun.class);

  private final KeycloakSessionFactory factory;
  private final String realmId;
  private final String baseUrl;
  private final boolean dryRun;
  private final long now;

  ReminderRun(
      KeycloakSessionFactory factory, String realmId, String baseUrl, boolean dryRun, long now) {
    this.factory = factory;
    this.realmId = realmId;
    this.baseUrl = baseUrl;
    this.dryRun = dryRun;
    this.now = now;
  }

  private record Scope(
      ExpiryPolicy policy,
      ExpiryReminderSettings settings,
      Map<String, String> exemptGroups,
      String realmName) {}

  ReminderOutcome run() {
    ReminderOutcome outcome = new ReminderOutcome(dryRun);
    Optional<Scope> scope = KeycloakModelUtils.runJobInTransactionWithResult(factory, this::scope);
    if (scope.isEmpty()) {
      return outcome;
    }
    Scope s = scope.get();
    long lifetime = s.policy().expiryDays() * PasswordExpiry.DAY_MS;
    long after = now - lifetime;
    long upTo = after + s.settings().maxDays() * PasswordExpiry.DAY_MS;
    long lastCreated = Long.MIN_VALUE;
    String lastUserId = "";
    while (true) {
      long fromCreated = lastCreated;
      String fromUser = lastUserId;
      List<PasswordAgeQuery.Row> rows =
          KeycloakModelUtils.runJobInTransactionWithResult(
              factory, session -> page(session, s, after, upTo, fromCreated, fromUser, outcome));
      if (rows.isEmpty()) {
        break;
      }
      PasswordAgeQuery.Row last = rows.get(rows.size() - 1);
      lastCreated = last.createdAt();
      lastUserId = last.userId();
      if (rows.size() < PAGE) {
        break;
      }
    }
    return outcome;
  }

  private Optional<Scope> scope(KeycloakSession session) {
    RealmModel realm = session.realms().getRealm(realmId);
    if (realm == null) {
      return Optional.empty();
    }
    ExpiryReminderSettings settings = ExpiryReminderSettings.of(session, realm);
    Optional<ExpiryPolicy> policy = ExpiryPolicy.of(realm);
    if (policy.isEmpty() || settings.days().isEmpty()) {
      return Optional.empty();
    }
    if (!dryRun) {
      int forgotten = query(session).forgetReplacedPasswords();
      LOG.debugf("Realm %s: forgot the reminders of %d replaced passwords", realmId, forgotten);
    }
    return Optional.of(
        new Scope(
            policy.get(), settings, Exemptions.exemptGroups(session, realm), realm.getName()));
  }

  private List<PasswordAgeQuery.Row> page(
      KeycloakSession session,
      Scope s,
      long after,
      long upTo,
      long lastCreated,
      String lastUserId,
      ReminderOutcome outcome) {
    PasswordAgeQuery query = query(session);
    List<PasswordAgeQuery.Row> rows = query.pageAfter(after, upTo, lastCreated, lastUserId, PAGE);
    Map<String, String> exempt =
        query.exemptions(
            rows.stream().map(PasswordAgeQuery.Row::userId).toList(), s.exemptGroups());
    Map<String, List<Integer>> sent = query.remindersSent(rows);
    for (PasswordAgeQuery.Row row : rows) {
      if (row.serviceAccount() || exempt.containsKey(row.userId())) {
        continue;
      }
      PasswordExpiry expiry = s.policy().expiryOf(row.createdAt());
      int threshold = expiry.dueThreshold(now, s.settings().days());
      if (!PasswordExpiry.stillDue(threshold, sent.getOrDefault(row.credentialId(), List.of()))) {
        continue;
      }
      if (row.email() == null || row.email().isBlank() || !row.emailVerified()) {
        outcome.skippedNoVerifiedEmail();
        continue;
      }
      Reminder reminder =
          new Reminder(
              row.userId(),
              row.username(),
              threshold,
              Instant.ofEpochMilli(expiry.expiresAt()).toString());
      if (dryRun) {
        outcome.sent(reminder);
      } else if (send(row, threshold, expiry, s.realmName())) {
        outcome.sent(reminder);
      } else {
        outcome.failed();
      }
    }
    // The page's entities are not needed any more: keep the session's memory flat.
    session.getProvider(JpaConnectionProvider.class).getEntityManager().clear();
    return rows;
  }

  /** Records and sends one reminder in a transaction of its own; false when it did not go out. */
  private boolean send(
      PasswordAgeQuery.Row row, int threshold, PasswordExpiry expiry, String name) {
    try {
      KeycloakModelUtils.runJobInTransaction(
          factory,
          session -> {
            RealmModel realm = session.realms().getRealm(realmId);
            session.getContext().setRealm(realm);
            UserModel user = session.users().getUserById(realm, row.userId());
            if (user == null) {
              throw new IllegalStateException("user removed");
            }
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            em.persist(
                new ExpiryReminderEntity(
                    row.credentialId(), row.createdAt(), realmId, threshold, now));
            em.flush(); // a second writer of the same threshold fails here, before any email
            try {
              ReminderEmail.send(
                  session,
                  realm,
                  user,
                  expiry.daysLeft(now),
                  expiry.expiresAt(),
                  ReminderLinks.changePassword(baseUrl, name));
            } catch (EmailException e) {
              throw new IllegalStateException(e);
            }
          });
      return true;
    } catch (RuntimeException e) {
      LOG.warnf(
          "Password expiry reminder (%d days) to user %s not sent: %s",
          threshold, row.userId(), e.getClass().getSimpleName());
      return false;
    }
  }

  private PasswordAgeQuery query(KeycloakSession session) {
    return new PasswordAgeQuery(
        session.getProvider(JpaConnectionProvider.class).getEntityManager(), realmId);
  }
}
