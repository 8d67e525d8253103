package io.github.passwordcare.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The expiring-passwords report on PostgreSQL: seeds {@link #USERS} users with passwords of spread
 * ages straight into Keycloak's tables (generate_series, seconds), times the report's first page
 * through the REST API, and reads the plans PostgreSQL really used (auto_explain, turned on only
 * around one report call and one reminder dry run): the report's page and the job's keyset page
 * must walk the index IDX_PC_CRED_TYPE_CREATED in order, with no Sort node, so a page costs the
 * page and not the window. Removes the seeded rows at the end.
 */
final class ExpiryReportPlan {

  static final int USERS = 100_000;
  private static final long DAY_MS = 86_400_000L;
  private static final int SPREAD_DAYS = 120;
  private static final String PREFIX = "pc-seed-";
  private static final Pattern SORT_NODE =
      Pattern.compile("(^|->)\\s*(Incremental )?Sort\\b", Pattern.MULTILINE);

  private final LocalPostgres postgres;
  private final Http http;
  private final String realm;

  ExpiryReportPlan(LocalPostgres postgres, Http http, String realm) {
    this.postgres = postgres;
    this.http = http;
    this.realm = realm;
  }

  /** Seeds, measures, checks the plan, and removes the seeded rows whatever happens. */
  void check(Supplier<String> adminToken) throws Exception {
    try (Connection db = connect()) {
      try {
        long inWindow = seed(db);
        String page =
            "/admin/realms/"
                + realm
                + "/password-care/expiring-passwords?withinDays=14&first=0&max=100";
        long total = Http.json(call(page, adminToken.get())).path("total").asLong();
        assertThat(total).as("report total").isGreaterThanOrEqualTo(inWindow);

        List<Double> seconds = new ArrayList<>();
        String token = adminToken.get();
        for (int i = 0; i < 7; i++) {
          long start = System.nanoTime();
          call(page, token);
          seconds.add((System.nanoTime() - start) / 1e9);
        }
        List<Double> timed = new ArrayList<>(seconds.subList(2, seconds.size()));
        Collections.sort(timed);
        System.out.printf(
            Locale.ROOT,
            "[production-test] expiry report on PostgreSQL, %d users (%d expire within 14 days):"
                + " first page of 100, median of 5: %.3f s%n",
            USERS,
            total,
            timed.get(timed.size() / 2));

        String fresh = adminToken.get();
        String dryRun =
            "/admin/realms/" + realm + "/password-care/expiring-passwords/send-reminders";
        List<String> plans =
            plansOf(
                db,
                () -> {
                  call(page, fresh);
                  HttpResponse<String> dry = http.send("POST", dryRun, fresh, "{\"dryRun\": true}");
                  assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
                });
        // The report's page (offset paging) and the reminder job's pages (keyset paging).
        assertWalksTheIndex("report page", plan(plans, "offset", null));
        // A page after the first: the scan starts at the last row read (an index condition).
        String later = plan(plans, " or ", String.valueOf(Long.MIN_VALUE));
        assertWalksTheIndex("reminder job's second or later page", later);
        assertThat(indexCondition(later)).contains("created_date >= ");
      } finally {
        try (Statement s = db.createStatement()) {
          s.executeUpdate("delete from credential where id like '" + PREFIX + "%'");
          s.executeUpdate("delete from user_entity where id like '" + PREFIX + "%'");
        }
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, "");
  }

  /** The users and their passwords, ages spread evenly over 120 days; how many expire in 14. */
  private long seed(Connection db) throws SQLException {
    String realmId;
    try (PreparedStatement q = db.prepareStatement("select id from realm where name = ?")) {
      q.setString(1, realm);
      try (ResultSet r = q.executeQuery()) {
        assertThat(r.next()).as("realm " + realm).isTrue();
        realmId = r.getString(1);
      }
    }
    long now = System.currentTimeMillis();
    try (PreparedStatement users =
            db.prepareStatement(
                "insert into user_entity (id, email, email_constraint, email_verified, enabled,"
                    + " realm_id, username, created_timestamp, not_before)"
                    + " select ? || g, ? || g || '@example.test', ? || g || '@example.test', true,"
                    + " true, ?, ? || g, ?, 0 from generate_series(1, ?) g");
        PreparedStatement passwords =
            db.prepareStatement(
                "insert into credential (id, type, user_id, created_date, secret_data,"
                    + " credential_data, priority, version)"
                    + " select ? || 'cred-' || g, 'password', ? || g,"
                    + " ? - g::bigint * ? / ?, '{}', '{}', 10, 0 from generate_series(1, ?) g");
        Statement s = db.createStatement()) {
      users.setString(1, PREFIX);
      users.setString(2, PREFIX);
      users.setString(3, PREFIX);
      users.setString(4, realmId);
      users.setString(5, PREFIX);
      users.setLong(6, now);
      users.setInt(7, USERS);
      users.executeUpdate();
      passwords.setString(1, PREFIX);
      passwords.setString(2, PREFIX);
      passwords.setLong(3, now);
      passwords.setLong(4, SPREAD_DAYS * DAY_MS);
      passwords.setLong(5, USERS);
      passwords.setInt(6, USERS);
      passwords.executeUpdate();
      s.execute("analyze credential");
      s.execute("analyze user_entity");
    }
    // A 90-day policy: expires within 14 days = set between 90 and 76 days ago.
    return (long) USERS * 14 / SPREAD_DAYS - 1;
  }

  private static void assertWalksTheIndex(String what, String plan) {
    System.out.println("[production-test] plan of the " + what + " query:\n" + plan);
    assertThat(plan.toLowerCase(Locale.ROOT))
        .as(what + " walks our index")
        .contains("index scan using idx_pc_cred_type_created on credential");
    assertThat(SORT_NODE.matcher(plan).find()).as(what + ": no Sort node").isFalse();
  }

  /**
   * The first plan of a query over the credential window, sorted, whose text holds {@code mark} and
   * whose parameters do not hold {@code notParameter} (when given).
   */
  private static String plan(List<String> plans, String mark, String notParameter) {
    for (String entry : plans) {
      String lower = entry.toLowerCase(Locale.ROOT);
      int parameters = lower.indexOf("query parameters:");
      String text = parameters < 0 ? lower : lower.substring(0, parameters);
      String values =
          parameters < 0 ? "" : lower.substring(parameters, lower.indexOf('\n', parameters));
      if (text.contains("from credential")
          && text.contains("order by")
          && text.contains(mark)
          && (notParameter == null || !values.contains("'" + notParameter + "'"))) {
        return entry.strip();
      }
    }
    throw new AssertionError("no plan with '" + mark + "' in the PostgreSQL log: " + plans);
  }

  /** The index condition of the scan of our index in {@code plan}. */
  private static String indexCondition(String plan) {
    String lower = plan.toLowerCase(Locale.ROOT);
    int scan = lower.indexOf("index scan using idx_pc_cred_type_created");
    int condition = lower.indexOf("index cond:", scan);
    return lower.substring(condition, lower.indexOf('\n', condition));
  }

  /** The plans PostgreSQL logs (auto_explain) while {@code call} runs, one entry each. */
  private List<String> plansOf(Connection db, Runnable call) throws Exception {
    long logStart = Files.size(postgres.log());
    try (Statement s = db.createStatement()) {
      s.execute("alter system set auto_explain.log_min_duration = 0");
      s.execute("select pg_reload_conf()");
      Thread.sleep(500);
      try {
        call.run();
      } finally {
        s.execute("alter system reset auto_explain.log_min_duration");
        s.execute("select pg_reload_conf()");
      }
    }
    Thread.sleep(500);
    return List.of(readFrom(logStart).split("LOG: {2}duration: "));
  }

  private String readFrom(long offset) throws IOException {
    byte[] all = Files.readAllBytes(postgres.log());
    return new String(all, (int) offset, all.length - (int) offset);
  }

  private HttpResponse<String> call(String path, String token) {
    HttpResponse<String> response = http.send("GET", path, token, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }
}
