package io.github.passwordcare.admin;

import io.github.passwordcare.common.ErrorResponses;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import io.github.passwordcare.sms.SmsSenders;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code GET /admin/realms/{realm}/password-care/activity?days=1|7|30} (view users): Entra's "usage
 * and insights" for the admin app. SSPR figures come from the realm's stored login events, the
 * registration coverage from users' attributes and credentials; both are counted by the database.
 */
public class ActivityResource {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;

  public ActivityResource(
      KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
  }

  @GET
  public Response activity() {
    auth.users().requireView();
    List<String> days =
        session.getContext().getHttpRequest().getUri().getQueryParameters().get("days");
    if (days != null && days.size() > 1) {
      return ErrorResponses.badRequest(ActivityWindow.INVALID);
    }
    ActivityWindow window;
    try {
      window = ActivityWindow.parse(days == null ? null : days.get(0), Time.currentTimeMillis());
    } catch (ActivityWindow.InvalidWindowException e) {
      return ErrorResponses.badRequest(e.getMessage());
    }
    PasswordCareSettings settings = PasswordCareSettingsStore.read(session, realm);
    EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    ActivityReport.Sspr sspr =
        new SsprEventCounts(em, realm.getId(), window)
            .count(settings.ssprSessionMinutes() * 60_000L);
    ActivityReport.Registration registration =
        new RegistrationCoverage(em, realm.getId())
            .count(
                settings,
                SmsSenders.available(session),
                scopeGroupIds(settings),
                AdminIds.of(session, realm, settings));
    Set<String> enabledTypes = realm.getEnabledEventTypesStream().collect(Collectors.toSet());
    ActivityReport.EventsStored stored =
        new ActivityReport.EventsStored(
            realm.isEventsEnabled(),
            StoredEventTypes.missing(realm.isEventsEnabled(), enabledTypes),
            realm.getEventsExpiration());
    return Response.ok(
            new ActivityReport(window, sspr, registration, stored), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .build();
  }

  /** Null when every user is in scope; the scope group and its subgroups' ids otherwise. */
  private Set<String> scopeGroupIds(PasswordCareSettings settings) {
    return switch (settings.ssprScope()) {
      case ALL -> null;
      case NONE -> Set.of();
      case GROUP -> {
        String path = settings.ssprScopeGroup();
        GroupModel group =
            path == null || path.isBlank()
                ? null
                : KeycloakModelUtils.findGroupByPath(session, realm, path);
        yield group == null
            ? Set.of()
            : AdminIds.withSubgroups(group, new HashSet<>()).stream()
                .map(GroupModel::getId)
                .collect(Collectors.toSet());
      }
    };
  }
}
