package io.github.passwordcare.expiry;

import io.github.passwordcare.common.ContentDisposition;
import io.github.passwordcare.common.ErrorResponses;
import io.github.passwordcare.common.JsonRequestBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code GET /admin/realms/{realm}/password-care/expiring-passwords} (view users): who expires
 * within {@code withinDays}, or has expired, oldest password first; JSON pages, or CSV with {@code
 * Accept: text/csv}. {@code POST .../send-reminders} (manage users) runs the reminder job now, or
 * with {@code {"dryRun": true}} lists who would get which reminder.
 */
public class ExpiringPasswordsResource {

  static final String CSV = "text/csv";
  private static final MediaType CSV_TYPE = new MediaType("text", "csv");
  static final String NO_POLICY =
      "password expiry is off in this realm: add password-care-expiry to its password policy";
  private static final Logger LOG = Logger.getLogger(ExpiringPasswordsResource.class);

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;

  public ExpiringPasswordsResource(
      KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
  }

  /** The JSON of a page: {@code {"total": n, "users": [...]}}. */
  public record ReportPage(long total, List<ExpiringPassword> users) {}

  @GET
  public Response report(
      @QueryParam("withinDays") String withinDays,
      @QueryParam("first") String first,
      @QueryParam("max") String max,
      @QueryParam("expired") String expired) {
    auth.users().requireView();
    HttpHeaders headers = session.getContext().getHttpRequest().getHttpHeaders();
    if (!JsonRequestBody.accepts(
        headers.getAcceptableMediaTypes(), MediaType.APPLICATION_JSON_TYPE, CSV_TYPE)) {
      return ErrorResponses.error(
          Response.Status.NOT_ACCEPTABLE, "the answer is application/json or text/csv");
    }
    ReportQuery query;
    try {
      query = ReportQuery.parse(withinDays, first, max, expired);
    } catch (ReportQuery.InvalidReportQueryException e) {
      return ErrorResponses.badRequest(e.getMessage());
    }
    Optional<ExpiryPolicy> policy = ExpiryPolicy.of(realm);
    if (policy.isEmpty()) {
      return ErrorResponses.badRequest(NO_POLICY);
    }
    long now = Time.currentTimeMillis();
    if (wantsCsv(headers)) {
      StreamingOutput csv =
          new ExpiringPasswordsCsv(
              session.getKeycloakSessionFactory(), realm.getId(), policy.get(), query, now);
      return Response.ok(csv, CSV + "; charset=utf-8")
          .header(
              "Content-Disposition",
              ContentDisposition.attachment("expiring-passwords-" + realm.getName() + ".csv"))
          .header("Cache-Control", "no-store")
          .build();
    }
    ExpiringPasswordsReport report =
        new ExpiringPasswordsReport(session, realm, policy.get(), query, now);
    ReportPage page = new ReportPage(report.total(), report.page(query.first(), query.pageSize()));
    return Response.ok(page, MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("send-reminders")
  @Consumes(MediaType.WILDCARD)
  public Response sendReminders(byte[] body) {
    auth.users().requireManage();
    HttpHeaders headers = session.getContext().getHttpRequest().getHttpHeaders();
    SendRemindersRequest request;
    try {
      String json =
          body == null || body.length == 0
              ? ""
              : JsonRequestBody.decode(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
      request = SendRemindersRequest.parse(json);
    } catch (JsonRequestBody.RefusedException e) {
      return ErrorResponses.error(e.status(), e.getMessage());
    } catch (ReportQuery.InvalidReportQueryException e) {
      return ErrorResponses.badRequest(e.getMessage());
    }
    if (ExpiryPolicy.of(realm).isEmpty()) {
      return ErrorResponses.badRequest(NO_POLICY);
    }
    String baseUrl = ReminderLinks.baseUrl(session, realm).orElseThrow();
    ReminderRun run =
        new ReminderRun(
            session.getKeycloakSessionFactory(),
            realm.getId(),
            baseUrl,
            request.isDryRun(),
            Time.currentTimeMillis());
    Optional<ReminderOutcome> outcome =
        request.isDryRun()
            ? Optional.of(run.run())
            : ReminderLock.runAlone(session, realm.getId(), run);
    if (outcome.isEmpty()) {
      return ErrorResponses.error(
          Response.Status.CONFLICT, "a reminder run for this realm is under way: try again later");
    }
    LOG.infof(
        "Password expiry reminders in realm %s by user %s: dryRun=%s sent=%d",
        realm.getName(),
        auth.adminAuth().getUser().getId(),
        request.isDryRun(),
        outcome.get().sentCount());
    return Response.ok(outcome.get().summary(true), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static boolean wantsCsv(HttpHeaders headers) {
    return headers.getAcceptableMediaTypes().stream()
        .filter(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) || t.isCompatible(CSV_TYPE))
        .findFirst()
        .map(t -> t.isCompatible(CSV_TYPE) && !t.isWildcardType())
        .orElse(false);
  }
}
