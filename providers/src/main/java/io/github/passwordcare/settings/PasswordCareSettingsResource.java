package io.github.passwordcare.settings;

import io.github.passwordcare.common.ErrorResponses;
import io.github.passwordcare.common.JsonRequestBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.common.Profile;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code GET/PUT /admin/realms/{realm}/password-care/settings}: the realm's password care settings
 * as JSON, so scripts and the other features never depend on the admin console tab (which needs
 * Keycloak's experimental {@code declarative-ui} feature). Viewing needs view-realm, changing needs
 * manage-realm, as for the realm's own settings.
 */
public class PasswordCareSettingsResource {

  /**
   * The component's type is the console tab's, and Keycloak refuses to store a component whose
   * factory is not loaded: without {@code declarative-ui} the settings can be read, not saved.
   */
  static final String NEEDS_DECLARATIVE_UI =
      "saving password care settings needs Keycloak's declarative-ui feature"
          + " (--features=declarative-ui): they are stored as the component of the admin console's"
          + " Password care tab. Reading them works without it.";

  private static final Logger LOG = Logger.getLogger(PasswordCareSettingsResource.class);

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;

  public PasswordCareSettingsResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent.resource(ResourceType.COMPONENT);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public SettingsRepresentation get() {
    auth.realm().requireViewRealm();
    return SettingsRepresentation.of(PasswordCareSettingsStore.read(session, realm));
  }

  /**
   * Changes the fields given and keeps the others. The body is read as bytes and decoded here,
   * strictly ({@link JsonRequestBody}), so a wrong content type or charset gets the same {@code
   * {"error": ...}} answer as any other bad input.
   */
  @PUT
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response put(byte[] body) {
    auth.realm().requireManageRealm();
    if (!Profile.isFeatureEnabled(Profile.Feature.DECLARATIVE_UI)) {
      return ErrorResponses.error(Response.Status.CONFLICT, NEEDS_DECLARATIVE_UI);
    }
    HttpHeaders headers = session.getContext().getHttpRequest().getHttpHeaders();
    PasswordCareSettings saved;
    try {
      SettingsRepresentation given =
          SettingsRepresentation.parse(
              JsonRequestBody.decode(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body));
      saved =
          SettingsValidator.merge(
              PasswordCareSettingsStore.read(session, realm),
              given,
              new KeycloakRealmLookup(session, realm));
      PasswordCareSettingsStore.write(session, realm, saved);
    } catch (JsonRequestBody.RefusedException e) {
      return ErrorResponses.error(e.status(), e.getMessage());
    } catch (InvalidSettingsException e) {
      return ErrorResponses.badRequest(e.getMessage());
    } catch (ComponentValidationException e) {
      // The tab's own validation, run by Keycloak as it stores the component; the validator above
      // has already passed, so this is a second writer (one per realm) or a bug.
      LOG.warnf(
          "Password care settings of realm %s not stored: %s", realm.getName(), e.getMessage());
      return ErrorResponses.error(
          Response.Status.CONFLICT, "the settings were not stored: " + e.getMessage());
    }
    SettingsRepresentation representation = SettingsRepresentation.of(saved);
    adminEvent
        .operation(OperationType.UPDATE)
        .resourcePath(session.getContext().getUri())
        .representation(representation)
        .success();
    LOG.infof(
        "Password care settings of realm %s changed by user %s",
        realm.getName(), auth.adminAuth().getUser().getId());
    return Response.ok(representation, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
