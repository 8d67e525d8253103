package io.github.passwordcare.admin;

import io.github.passwordcare.bulkreset.AdminCaller;
import io.github.passwordcare.bulkreset.BulkResetConfig;
import io.github.passwordcare.bulkreset.BulkResetResource;
import io.github.passwordcare.common.PasswordCareVersion;
import io.github.passwordcare.contact.RecoveryContactsResource;
import io.github.passwordcare.expiry.ExpiringPasswordsResource;
import io.github.passwordcare.settings.PasswordCareSettingsResource;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Root of {@code /admin/realms/{realm}/password-care}. Keycloak has already authenticated the
 * bearer token (401 otherwise); each endpoint checks what the caller may do through {@link
 * AdminPermissionEvaluator}, so fine-grained admin permissions apply.
 */
public class PasswordCareAdminResource {

  /** Features this build serves; each later feature adds its name here. */
  static final List<String> FEATURES =
      List.of("info", "bulk-reset", "settings", "sspr", "expiry", "recovery-contacts", "activity");

  /** The features this server serves: {@link #FEATURES} less those turned off by its options. */
  static List<String> features(BulkResetConfig bulkReset) {
    return FEATURES.stream().filter(f -> bulkReset.enabled() || !f.equals("bulk-reset")).toList();
  }

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;
  private final PasswordCareAdminResourceProviderFactory factory;

  public PasswordCareAdminResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent,
      PasswordCareAdminResourceProviderFactory factory) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent;
    this.factory = factory;
  }

  /**
   * What is installed, and what the caller may do with it ({@link CallerCapabilities}: the admin
   * app shows its sections from it). Any admin of the realm may ask: a holder of any
   * realm-management role, or anyone fine-grained permissions let query users. Viewing every user
   * is not needed, so a help-desk admin limited to some users can find out what the server offers.
   */
  @GET
  @Path("info")
  @Produces(MediaType.APPLICATION_JSON)
  public InfoRepresentation info() {
    if (!AdminCaller.isRealmAdmin(auth)) {
      throw new ForbiddenException();
    }
    List<String> features = features(factory.bulkResetConfig());
    return new InfoRepresentation(
        PasswordCareVersion.get(), features, CallerCapabilities.of(realm, auth, features));
  }

  /** Reset many users' passwords in one call. */
  @Path("bulk-reset")
  public BulkResetResource bulkReset() {
    return new BulkResetResource(
        session, realm, auth, adminEvent, factory.bulkResetConfig(), factory.bulkResetRunner());
  }

  /** The realm's password care settings: {@code GET/PUT .../password-care/settings}. */
  @Path("settings")
  public PasswordCareSettingsResource settings() {
    return new PasswordCareSettingsResource(session, realm, auth, adminEvent);
  }

  /** Who expires when; reminder runs on demand. */
  @Path("expiring-passwords")
  public ExpiringPasswordsResource expiringPasswords() {
    return new ExpiringPasswordsResource(session, realm, auth);
  }

  /** SSPR usage and registration coverage: {@code GET .../password-care/activity?days=}. */
  @Path("activity")
  public ActivityResource activity() {
    return new ActivityResource(session, realm, auth);
  }

  /**
   * One user's recovery contacts: {@code GET/PUT .../password-care/users/{id}/recovery-contacts}.
   */
  @Path("users/{id}/recovery-contacts")
  public RecoveryContactsResource recoveryContacts(@PathParam("id") String id) {
    return new RecoveryContactsResource(session, realm, auth, adminEvent, id);
  }

  public record InfoRepresentation(
      String version, List<String> features, CallerCapabilities capabilities) {}
}
