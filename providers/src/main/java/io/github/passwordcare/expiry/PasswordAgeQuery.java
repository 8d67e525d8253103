package io.github.passwordcare.expiry;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passwords of one realm set within a window of time, read straight from the credential and user
 * tables (one query per page, sorted by age, then user id) instead of loading users one by one; and
 * for one page at a time, what makes its users exempt and which reminders they already got. Users
 * of a federation provider whose passwords live outside Keycloak's database are not seen here.
 */
final class PasswordAgeQuery {

  /** One password: the row of the report and of the reminder job. */
  record Row(
      String credentialId,
      long createdAt,
      String userId,
      String username,
      String email,
      boolean emailVerified,
      boolean serviceAccount) {}

  private static final String FROM =
      " from CredentialEntity c join c.user u where u.realmId = :realmId and c.type = 'password'"
          + " and c.createdDate is not null and c.createdDate > :after and c.createdDate <= :upTo";

  /**
   * Sorted by exactly the columns of the index IDX_PC_CRED_TYPE_CREATED (TYPE, CREATED_DATE,
   * USER_ID): the type is the same on every row, but naming it lets H2 too read the index in order
   * and stop at the page's end instead of sorting the whole window. Hibernate writes {@code
   * c.user.id} as the joined user's ID (seen in PostgreSQL's log), which the database equates with
   * the credential's USER_ID through the join: PostgreSQL's plan reads the index in order, no sort
   * (ProductionInstallIT checks it).
   */
  private static final String ORDER = " order by c.type, c.createdDate, c.user.id";

  private final EntityManager em;
  private final String realmId;

  PasswordAgeQuery(EntityManager em, String realmId) {
    this.em = em;
    this.realmId = realmId;
  }

  /** How many passwords were set in {@code (after, upTo]} (epoch ms). */
  long count(long after, long upTo) {
    return em.createQuery("select count(c)" + FROM, Long.class)
        .setParameter("realmId", realmId)
        .setParameter("after", after)
        .setParameter("upTo", upTo)
        .getSingleResult();
  }

  /** A page of the passwords set in {@code (after, upTo]}, oldest first. */
  List<Row> page(long after, long upTo, int first, int max) {
    return em
        .createQuery(
            "select c.id, c.createdDate, u.id, u.username, u.email, u.emailVerified,"
                + " u.serviceAccountClientLink"
                + FROM
                + ORDER,
            Object[].class)
        .setParameter("realmId", realmId)
        .setParameter("after", after)
        .setParameter("upTo", upTo)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(PasswordAgeQuery::row)
        .toList();
  }

  /**
   * The next page after the row {@code (afterCreated, afterUserId)}: keyset paging, so the job's
   * walk costs the same on the last page as on the first. The bound {@code createdDate >=
   * lastCreated} says nothing the {@code or} does not, but it is what lets the database start the
   * index scan at the last row read: PostgreSQL's plan showed the {@code or} alone only as a
   * filter, each page walking again past every row of the pages before it.
   */
  List<Row> pageAfter(long after, long upTo, long lastCreated, String lastUserId, int max) {
    return em
        .createQuery(
            "select c.id, c.createdDate, u.id, u.username, u.email, u.emailVerified,"
                + " u.serviceAccountClientLink"
                + FROM
                + " and c.createdDate >= :lastCreated"
                + " and (c.createdDate > :lastCreated"
                + " or (c.createdDate = :lastCreated and c.user.id > :lastUserId))"
                + ORDER,
            Object[].class)
        .setParameter("realmId", realmId)
        .setParameter("after", after)
        .setParameter("upTo", upTo)
        .setParameter("lastCreated", lastCreated)
        .setParameter("lastUserId", lastUserId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(PasswordAgeQuery::row)
        .toList();
  }

  /** Why each of these users is exempt, for those that are (service accounts not included). */
  Map<String, String> exemptions(Collection<String> userIds, Map<String, String> exemptGroups) {
    Map<String, String> reasons = new HashMap<>();
    if (userIds.isEmpty()) {
      return reasons;
    }
    if (!exemptGroups.isEmpty()) {
      em.createQuery(
              "select m.user.id, m.groupId from UserGroupMembershipEntity m"
                  + " where m.user.id in :ids and m.groupId in :groupIds",
              Object[].class)
          .setParameter("ids", userIds)
          .setParameter("groupIds", exemptGroups.keySet())
          .getResultList()
          .forEach(r -> reasons.putIfAbsent((String) r[0], exemptGroups.get((String) r[1])));
    }
    em
        .createQuery(
            "select a.user.id, a.value from UserAttributeEntity a"
                + " where a.user.id in :ids and a.name = :name",
            Object[].class)
        .setParameter("ids", userIds)
        .setParameter("name", Exemptions.ATTRIBUTE)
        .getResultList()
        .stream()
        .filter(r -> Exemptions.isTrue((String) r[1]))
        .forEach(r -> reasons.put((String) r[0], Exemptions.USER));
    return reasons;
  }

  /**
   * The thresholds already sent for each of these passwords, by credential id; only those sent for
   * the password the row holds now (its created date) count.
   */
  Map<String, List<Integer>> remindersSent(List<Row> rows) {
    Map<String, List<Integer>> sent = new HashMap<>();
    if (rows.isEmpty()) {
      return sent;
    }
    Map<String, Long> setAt = new HashMap<>();
    rows.forEach(r -> setAt.put(r.credentialId(), r.createdAt()));
    em
        .createQuery(
            "select r.credentialId, r.passwordSetAt, r.thresholdDays from ExpiryReminderEntity r"
                + " where r.credentialId in :ids",
            Object[].class)
        .setParameter("ids", setAt.keySet())
        .getResultList()
        .stream()
        .filter(r -> setAt.get((String) r[0]).equals(r[1]))
        .forEach(
            r -> sent.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((Integer) r[2]));
    return sent;
  }

  /** Forgets the reminders of passwords that no longer exist (changed, or user removed). */
  int forgetReplacedPasswords() {
    return em.createQuery(
            "delete from ExpiryReminderEntity r where r.realmId = :realmId and not exists"
                + " (select c.id from CredentialEntity c where c.id = r.credentialId"
                + " and c.createdDate = r.passwordSetAt)")
        .setParameter("realmId", realmId)
        .executeUpdate();
  }

  private static Row row(Object[] r) {
    return new Row(
        (String) r[0],
        (Long) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (Boolean) r[5],
        r[6] != null);
  }
}
