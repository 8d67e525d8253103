package io.github.passwordcare.contact;

import io.github.passwordcare.common.ErrorResponses;
import io.github.passwordcare.common.JsonRequestBody;
import io.github.passwordcare.settings.AdminAccounts;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code GET/PUT /admin/realms/{realm}/password-care/users/{id}/recovery-contacts}: an admin
 * pre-fills, changes or clears a user's recovery contacts. Viewing needs view of that user,
 * changing needs manage of that user (fine-grained permissions apply) and, with {@code
 * protectAdmins}, every management role the user holds: whoever sets an admin's recovery phone can
 * reset that admin's password through SSPR. The admin event names the changed attributes, never
 * their values.
 */
public class RecoveryContactsResource {

  static final String UNKNOWN_USER = "user not found";
  static final String PROTECTED_ADMIN =
      "this user holds management roles you do not hold: with protectAdmins on, only an admin"
          + " holding all of them may change this user's recovery contacts";

  private static final Logger LOG = Logger.getLogger(RecoveryContactsResource.class);

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;
  private final String userId;

  public RecoveryContactsResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent,
      String userId) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent.resource(ResourceType.USER);
    this.userId = userId;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    UserModel user = session.users().getUserById(realm, userId);
    if (user == null) {
      return unknownUser();
    }
    auth.users().requireView(user);
    return ok(user, PasswordCareSettingsStore.read(session, realm));
  }

  /** Merges the fields given into the stored contacts (see {@link RecoveryContactsRequest}). */
  @PUT
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response put(byte[] body) {
    UserModel user = session.users().getUserById(realm, userId);
    if (user == null) {
      return unknownUser();
    }
    auth.users().requireManage(user);
    PasswordCareSettings settings = PasswordCareSettingsStore.read(session, realm);
    if (settings.protectAdmins()
        && !AdminAccounts.mayReset(session, auth.adminAuth(), realm, user)) {
      return ErrorResponses.forbidden(PROTECTED_ADMIN);
    }
    HttpHeaders headers = session.getContext().getHttpRequest().getHttpHeaders();
    Map<String, String> changes;
    try {
      RecoveryContactsRequest request =
          RecoveryContactsRequest.parse(
              JsonRequestBody.decode(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body));
      changes =
          request.changes(
              StoredContacts.of(user),
              user.getEmail(),
              region(settings.recoveryPhoneDefaultRegion()),
              Time.currentTime());
    } catch (JsonRequestBody.RefusedException e) {
      return ErrorResponses.error(e.status(), e.getMessage());
    } catch (InvalidRecoveryContactsException e) {
      return ErrorResponses.badRequest(e.getMessage());
    }
    if (!changes.isEmpty()) {
      changes.forEach(
          (name, value) -> {
            if (value == null) {
              user.removeAttribute(name);
            } else {
              user.setSingleAttribute(name, value);
            }
          });
      List<String> changed = List.copyOf(changes.keySet());
      adminEvent
          .operation(OperationType.UPDATE)
          .resourcePath(session.getContext().getUri())
          .representation(Map.of("changed", changed))
          .success();
      LOG.infof(
          "Recovery contacts of user %s changed by user %s: %s",
          user.getId(), auth.adminAuth().getUser().getId(), changed);
    }
    return ok(user, settings);
  }

  /** As Keycloak's own user endpoints: 404 to who may look users up, 403 to anyone else. */
  private Response unknownUser() {
    if (!auth.users().canQuery()) {
      return ErrorResponses.forbidden("forbidden");
    }
    return ErrorResponses.error(Response.Status.NOT_FOUND, UNKNOWN_USER);
  }

  private Response ok(UserModel user, PasswordCareSettings settings) {
    return Response.ok(
            RecoveryContactsRepresentation.of(session, realm, user, settings),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private static Optional<String> region(String region) {
    return region == null || region.isBlank() ? Optional.empty() : Optional.of(region);
  }
}
