package io.github.passwordcare.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.ui.extend.UiTabProvider;

/**
 * Where a realm's {@link PasswordCareSettings} live: one realm component of provider id {@value
 * #PROVIDER_ID}, the same component the admin console's "Password care" tab edits. It is found by
 * provider id, so the realm export carries it and a realm without it simply has the defaults.
 *
 * <p>{@link #read} is called on the sign-in path by every feature: it never throws for stored data;
 * an invalid stored value is replaced by its default and logged as a warning.
 */
public final class PasswordCareSettingsStore {

  /** Provider id of the component, and of the admin console tab that edits it. */
  public static final String PROVIDER_ID = "password-care-settings";

  /** The component type: the admin console lists ui-tab components by this type. */
  public static final String PROVIDER_TYPE = UiTabProvider.class.getName();

  /** The component's name, shown by the console and in the realm export. */
  public static final String COMPONENT_NAME = "Password care";

  private static final Logger LOG = Logger.getLogger(PasswordCareSettingsStore.class);

  private PasswordCareSettingsStore() {}

  /** The realm's settings; {@link PasswordCareSettings#defaults()} when none were saved. */
  public static PasswordCareSettings read(KeycloakSession session, RealmModel realm) {
    return component(realm)
        .map(c -> fromComponent(realm, c))
        .orElseGet(PasswordCareSettings::defaults);
  }

  /**
   * Saves {@code settings} as the realm's settings, creating the component on first write. The
   * caller validates first; Keycloak runs the tab factory's validation again as it stores the
   * component.
   *
   * @return the stored component
   */
  public static ComponentModel write(
      KeycloakSession session, RealmModel realm, PasswordCareSettings settings) {
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    SettingsConfig.toConfig(settings).forEach(config::put);
    Optional<ComponentModel> existing = component(realm);
    if (existing.isPresent()) {
      ComponentModel model = existing.get();
      model.setConfig(config);
      realm.updateComponent(model);
      return model;
    }
    ComponentModel model = new ComponentModel();
    model.setName(COMPONENT_NAME);
    model.setProviderId(PROVIDER_ID);
    model.setProviderType(PROVIDER_TYPE);
    model.setParentId(realm.getId());
    model.setConfig(config);
    return realm.addComponentModel(model);
  }

  /** The realm's settings component, if one was saved. */
  public static Optional<ComponentModel> component(RealmModel realm) {
    return realm
        .getComponentsStream(realm.getId())
        .filter(c -> PROVIDER_ID.equals(c.getProviderId()))
        .findFirst();
  }

  private static PasswordCareSettings fromComponent(RealmModel realm, ComponentModel component) {
    Map<String, List<String>> config =
        component.getConfig() == null ? Map.of() : component.getConfig();
    return SettingsConfig.fromConfig(
        config,
        (field, problem) ->
            LOG.warnf(
                "Password care settings of realm %s: stored %s %s; using its default",
                realm.getName(), field, problem));
  }
}
