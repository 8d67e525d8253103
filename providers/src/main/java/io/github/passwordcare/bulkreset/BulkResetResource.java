package io.github.passwordcare.bulkreset;

import io.github.passwordcare.bulkreset.BulkPasswordResetRunner.Candidate;
import io.github.passwordcare.common.ContentDisposition;
import io.github.passwordcare.common.ErrorResponses;
import io.github.passwordcare.common.JsonRequestBody;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.AdminRoot;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code POST /admin/realms/{realm}/password-care/bulk-reset}: reset many users' passwords in one
 * call. JSON by default, CSV with {@code Accept: text/csv}, and one line per user as it finishes
 * with {@code Accept: application/x-ndjson} ({@link NdjsonAnswer}). The body is read as bytes and
 * decoded here, strictly, so that malformed JSON, a wrong charset or content type get the same
 * {@code {"error": ...}} answer as any other bad input.
 *
 * <p>There is no "view all users" gate: like Keycloak's {@code PUT /users/{id}/reset-password},
 * each user is checked on its own, so an admin whom fine-grained permissions allow to reset some
 * users may reset those. Rows of users the caller may not view show only what the caller sent.
 */
public class BulkResetResource {

  public static final String CSV = "text/csv";
  static final String NOT_ACCEPTABLE =
      "the answer is application/json, text/csv or application/x-ndjson: send Accept with one of"
          + " them";
  static final String MAY_RESET_NOBODY = "You may not reset the password of any selected user.";
  static final String TURNED_OFF = "bulk reset is turned off on this server";

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;
  private final BulkResetConfig config;
  private final BulkPasswordResetRunner runner;

  public BulkResetResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent,
      BulkResetConfig config,
      BulkPasswordResetRunner runner) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent;
    this.config = config;
    this.runner = runner;
  }

  /**
   * Takes any Content-Type and Accept, and refuses the wrong ones itself, so that they get the same
   * {@code {"error": ...}} answer as any other bad input ({@link JsonRequestBody}).
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response bulkReset(byte[] body) {
    if (!config.enabled()) {
      return ErrorResponses.error(Response.Status.NOT_FOUND, TURNED_OFF);
    }
    if (!AdminCaller.mayHoldAnyRight(realm, auth)) {
      return ErrorResponses.forbidden(MAY_RESET_NOBODY);
    }
    HttpHeaders headers = session.getContext().getHttpRequest().getHttpHeaders();
    BulkResetFormat format =
        BulkResetFormat.negotiate(headers.getAcceptableMediaTypes()).orElse(null);
    if (format == null) {
      return ErrorResponses.error(Response.Status.NOT_ACCEPTABLE, NOT_ACCEPTABLE);
    }
    BulkResetRequest request;
    List<Candidate> candidates;
    VisibleRows visible;
    try {
      request =
          BulkResetRequest.parse(
              JsonRequestBody.decode(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body));
      try (NoAutoFlush readOnly = NoAutoFlush.begin(session)) {
        UserSelection selection =
            UserSelection.resolve(session, realm, request, config.maxUsers(), auth);
        candidates = candidates(request, selection.users());
        if (candidates.stream().allMatch(c -> c.decided() != null && isForbidden(c.decided()))) {
          return ErrorResponses.forbidden(MAY_RESET_NOBODY);
        }
        visible = VisibleRows.of(auth, selection);
      }
    } catch (JsonRequestBody.RefusedException e) {
      return ErrorResponses.error(e.status(), e.getMessage());
    } catch (InvalidBulkResetException e) {
      return e.isForbidden()
          ? ErrorResponses.forbidden(e.getMessage())
          : ErrorResponses.badRequest(e.getMessage());
    }
    List<String> unchecked = PasswordPolicyCheck.notCheckedBy(request, realm);
    CallRecord record = CallRecord.of(realm.getName(), auth.adminAuth().getUser().getId(), request);
    if (format == BulkResetFormat.NDJSON) {
      return noStore(
          Response.ok(
                  new NdjsonAnswer(runner, job(request), candidates, visible, unchecked, record),
                  format.type())
              // Proxies such as nginx would otherwise hold the lines back.
              .header("X-Accel-Buffering", "no"));
    }
    List<UserResetResult> results = runner.run(job(request), candidates);
    BulkResetResult result =
        BulkResetResult.of(request.isDryRun(), visible.apply(results), unchecked);
    record.done(result);
    return respond(format, result);
  }

  private List<Candidate> candidates(BulkResetRequest request, List<UserModel> users) {
    EligibilityCheck check =
        new EligibilityCheck(session, realm, settings(), auth, request.modeOrDefault());
    return users.stream()
        .map(u -> new Candidate(u.getId(), u.getUsername(), u.getEmail(), check.skipReason(u)))
        .toList();
  }

  private PasswordCareSettings settings() {
    return PasswordCareSettingsStore.read(session, realm);
  }

  private static boolean isForbidden(UserResetResult decided) {
    return EligibilityCheck.FORBIDDEN.equals(decided.reason());
  }

  private ResetJob job(BulkResetRequest request) {
    KeycloakContext context = session.getContext();
    return new ResetJob(
        request,
        PasswordRequirements.from(realm.getPasswordPolicy()::getPolicyConfig),
        context,
        context.getUri(),
        context.getConnection(),
        context.getHttpRequest().getHttpHeaders(),
        adminEvent,
        AdminRoot.getMessages(session, realm, auth.adminAuth().getToken().getLocale()));
  }

  private Response respond(BulkResetFormat format, BulkResetResult result) {
    return noStore(
        format == BulkResetFormat.CSV
            ? Response.ok(BulkResetCsv.write(result), CSV + "; charset=utf-8")
                .header(
                    "Content-Disposition",
                    ContentDisposition.attachment("bulk-reset-" + realm.getName() + ".csv"))
            : Response.ok(result, MediaType.APPLICATION_JSON_TYPE));
  }

  /** The body may hold one-time passwords: no cache may keep it. */
  private static Response noStore(Response.ResponseBuilder response) {
    return response.header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
  }
}
