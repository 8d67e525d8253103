package io.github.passwordcare.bulkreset;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Properties;
import org.keycloak.common.ClientConnection;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakUriInfo;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Everything a worker needs about one bulk-reset call, captured on the request thread: workers run
 * in their own Keycloak sessions, without an HTTP request of their own.
 *
 * @param requestContext the request's context; workers copy its realm into their session
 * @param policyMessages the admin theme's messages in the caller's locale, for policy errors
 */
record ResetJob(
    BulkResetRequest request,
    PasswordRequirements requirements,
    KeycloakContext requestContext,
    KeycloakUriInfo uri,
    ClientConnection connection,
    HttpHeaders headers,
    AdminEventBuilder adminEvent,
    Properties policyMessages) {

  /**
   * One admin event per user, in the worker's transaction, with the path of Keycloak's own endpoint
   * for the same action ({@code users/{id}/reset-password} or {@code .../execute-actions-email}).
   * It carries no representation, so no password.
   */
  void adminEventSuccess(KeycloakSession session, UserModel user, String action) {
    adminEvent
        .clone(session)
        .operation(OperationType.ACTION)
        .resource(ResourceType.USER)
        .resourcePath("users", user.getId(), action)
        .detail("passwordCareBulkReset", mode().value())
        .success();
  }

  BulkResetMode mode() {
    return request.modeOrDefault();
  }

  @Override
  public String toString() {
    return "ResetJob[" + request + "]";
  }
}
