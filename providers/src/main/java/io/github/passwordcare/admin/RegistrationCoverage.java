package io.github.passwordcare.admin;

import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How many users of the SSPR scope have registered 0, 1, or 2+ methods, counted by the database in
 * three counts ({@link MethodConditions} is the per-user rule); and how many admins have fewer than
 * two, with the admins found by {@link AdminIds} and counted in chunks of ids. Enabled users only
 * (a disabled one cannot reset), never service accounts.
 */
final class RegistrationCoverage {

  private static final int CHUNK = 500;

  private final EntityManager em;
  private final String realmId;

  RegistrationCoverage(EntityManager em, String realmId) {
    this.em = em;
    this.realmId = realmId;
  }

  /**
   * @param scopeGroupIds null for every user; otherwise the ids of the scope's group and its
   *     subgroups (empty: nobody is in scope)
   */
  ActivityReport.Registration count(
      PasswordCareSettings settings,
      boolean smsAvailable,
      Collection<String> scopeGroupIds,
      Collection<String> adminIds) {
    if (scopeGroupIds != null && scopeGroupIds.isEmpty()) {
      return new ActivityReport.Registration(0, 0, 0, 0, 0);
    }
    String users = MethodConditions.count(counted(settings, smsAvailable, false));
    long inScope = count("", scopeGroupIds);
    long none = count(" and " + users + " = 0", scopeGroupIds);
    long one = count(" and " + users + " = 1", scopeGroupIds);
    String admins = MethodConditions.count(counted(settings, smsAvailable, true));
    long adminsWithoutTwo = 0;
    List<String> ids = new ArrayList<>(adminIds);
    for (int i = 0; i < ids.size(); i += CHUNK) {
      TypedQuery<Long> chunk =
          em.createQuery(
              "select count(u)"
                  + population(scopeGroupIds)
                  + " and u.id in :ids and "
                  + admins
                  + " < 2",
              Long.class);
      adminsWithoutTwo +=
          bind(chunk, scopeGroupIds)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
              .getSingleResult();
    }
    return new ActivityReport.Registration(
        none, one, inScope - none - one, adminsWithoutTwo, inScope);
  }

  /**
   * Users of the population that also meet {@code condition}. The method count stays in the where
   * clause: SQL Server refuses a subquery inside an aggregate such as {@code sum(case ...)}.
   */
  private long count(String condition, Collection<String> scopeGroupIds) {
    return bind(
            em.createQuery("select count(u)" + population(scopeGroupIds) + condition, Long.class),
            scopeGroupIds)
        .getSingleResult();
  }

  /** The methods that count, as {@code RegisteredMethods.of} filters them. Pure. */
  static Set<SsprMethod> counted(
      PasswordCareSettings settings, boolean smsAvailable, boolean admin) {
    Set<SsprMethod> methods = EnumSet.noneOf(SsprMethod.class);
    methods.addAll(settings.ssprMethods());
    if (!smsAvailable) {
      methods.remove(SsprMethod.SMS);
    }
    if (admin) {
      methods.remove(SsprMethod.QUESTIONS);
    }
    return methods;
  }

  private static String population(Collection<String> scopeGroupIds) {
    return " from UserEntity u where u.realmId = :realmId and u.enabled = true"
        + " and u.serviceAccountClientLink is null"
        + (scopeGroupIds == null
            ? ""
            : " and exists (select m.groupId from UserGroupMembershipEntity m"
                + " where m.user = u and m.groupId in :groupIds)");
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, Collection<String> scopeGroupIds) {
    query.setParameter("realmId", realmId);
    if (scopeGroupIds != null) {
      query.setParameter("groupIds", scopeGroupIds);
    }
    return query;
  }
}
