package io.github.passwordcare.admin;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SSPR figures of one realm and window, counted by the database from Keycloak's stored login events
 * ({@code EventEntity}, table {@code EVENT_ENTITY}): one aggregate query of {@code sum(case ...)}
 * columns over the window's SSPR events, and one count of password changes preceded by a verified
 * SSPR. Nothing is loaded row by row. Events the realm does not save are simply not counted; {@link
 * StoredEventTypes} tells the caller which.
 */
final class SsprEventCounts {

  static final String SENT = "SEND_RESET_PASSWORD";
  static final String ERROR = "RESET_PASSWORD_ERROR";
  static final String CHANGED = "UPDATE_CREDENTIAL";

  private static final String FROM =
      " from EventEntity e where e.realmId = :realmId and e.time >= :from and e.time <= :to";

  private final EntityManager em;
  private final String realmId;
  private final ActivityWindow window;

  SsprEventCounts(EntityManager em, String realmId, ActivityWindow window) {
    this.em = em;
    this.realmId = realmId;
    this.window = window;
  }

  /** The {@code sspr} part of the answer; {@code flowMillis}: longest an SSPR attempt may take. */
  ActivityReport.Sspr count(long flowMillis) {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("started", "(" + sent("started") + ") or (" + error("scope") + ")");
    columns.put("failures", "e.type = '" + ERROR + "' and e.error <> :locked");
    columns.put("lockouts", "e.type = '" + ERROR + "' and e.error = :locked");
    for (SsprMethod m : SsprMethod.values()) {
      columns.put(
          "ok_" + m.name(), sent("method_passed") + " and " + details("e", "m_" + m.name()));
      columns.put(
          "ko_" + m.name(), "e.type = '" + ERROR + "' and " + details("e", "m_" + m.name()));
    }
    List<String> sums = new ArrayList<>();
    columns.values().forEach(c -> sums.add("sum(case when " + c + " then 1 else 0 end)"));
    TypedQuery<Object[]> query =
        em.createQuery(
            "select "
                + String.join(", ", sums)
                + FROM
                + " and e.type in ('"
                + SENT
                + "', '"
                + ERROR
                + "') and "
                + details("e", "anyStep"),
            Object[].class);
    window(query)
        .setParameter("anyStep", SsprDetails.anyStep())
        .setParameter("step_started", SsprDetails.step("started"))
        .setParameter("step_scope", SsprDetails.step("scope"))
        .setParameter("step_method_passed", SsprDetails.step("method_passed"))
        .setParameter("locked", SsprDetails.ERROR_LOCKED);
    for (SsprMethod m : SsprMethod.values()) {
      query.setParameter("m_" + m.name(), SsprDetails.method(m));
    }
    Object[] row = query.getSingleResult();
    Map<String, Long> values = new LinkedHashMap<>();
    int i = 0;
    for (String name : columns.keySet()) {
      values.put(name, row[i] == null ? 0L : ((Number) row[i]).longValue());
      i++;
    }
    Map<String, ActivityReport.MethodFigures> byMethod = new LinkedHashMap<>();
    for (SsprMethod m : SsprMethod.values()) {
      byMethod.put(
          ActivityReport.methodKey(m),
          new ActivityReport.MethodFigures(
              values.get("ok_" + m.name()), values.get("ko_" + m.name())));
    }
    return new ActivityReport.Sspr(
        values.get("started"),
        resetsDone(flowMillis),
        values.get("failures"),
        values.get("lockouts"),
        byMethod);
  }

  /**
   * Password changes ({@code UPDATE_CREDENTIAL} of type password) in the window that follow, within
   * one SSPR attempt's time, a verified SSPR of the same user. Keycloak's stored change event does
   * not say which flow it came from; the user and time tie it to the SSPR that preceded it.
   */
  private long resetsDone(long flowMillis) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(e)"
                + FROM
                + " and e.type = '"
                + CHANGED
                + "' and "
                + details("e", "password")
                + " and exists (select v.id from EventEntity v where v.realmId = :realmId"
                + " and v.userId = e.userId and v.type = '"
                + SENT
                + "' and v.time <= e.time and v.time >= e.time - :flow"
                + " and "
                + details("v", "verified")
                + ")",
            Long.class);
    return window(query)
        .setParameter("password", SsprDetails.pair("credential_type", "password"))
        .setParameter("verified", SsprDetails.step("verified"))
        .setParameter("flow", flowMillis)
        .getSingleResult();
  }

  private static final String E = " escape '" + SsprDetails.ESCAPE + "'";

  private static String sent(String step) {
    return "e.type = '" + SENT + "' and " + details("e", "step_" + step);
  }

  private static String error(String step) {
    return "e.type = '" + ERROR + "' and " + details("e", "step_" + step);
  }

  /**
   * The details of event {@code alias} match parameter {@code parameter}. Keycloak 26 writes the
   * details JSON to {@code DETAILS_JSON_LONG_VALUE} only ({@code EventEntity.setDetailsJson});
   * events saved by older versions have it in {@code DETAILS_JSON}.
   */
  private static String details(String alias, String parameter) {
    return "("
        + alias
        + ".detailsJsonLongValue like :"
        + parameter
        + E
        + " or "
        + alias
        + ".detailsJson like :"
        + parameter
        + E
        + ")";
  }

  private <T> TypedQuery<T> window(TypedQuery<T> query) {
    return query
        .setParameter("realmId", realmId)
        .setParameter("from", window.from())
        .setParameter("to", window.to());
  }
}
