package io.github.passwordcare.settings;

import java.util.List;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.ui.extend.UiTabProvider;
import org.keycloak.services.ui.extend.UiTabProviderFactory;

/**
 * The "Password care" tab in Realm settings of the admin console (Keycloak's experimental {@code
 * declarative-ui} feature). The console renders the form from {@link #getConfigProperties()} and
 * saves it as the realm component {@value PasswordCareSettingsStore#PROVIDER_ID}, the same one the
 * REST API and every feature use. Keycloak calls {@link #validateConfiguration} on every save of
 * that component, by the console or by {@link PasswordCareSettingsStore#write}: it allows one per
 * realm, runs {@link SettingsValidator}, and stores the canonical config (without the route
 * parameters the console adds).
 */
public class PasswordCareSettingsTab
    implements UiTabProvider, UiTabProviderFactory<ComponentModel> {

  /** Error message key; parameters: the field's label key and the English reason. */
  static final String INVALID = "passwordCareSettingsInvalid";

  static final String ONE_PER_REALM = "passwordCareSettingsOnePerRealm";

  @Override
  public String getId() {
    return PasswordCareSettingsStore.PROVIDER_ID;
  }

  @Override
  public String getPath() {
    // ":tab?", not ":tab": the console's Realm settings link is /{realm}/realm-settings, without a
    // tab, and a tab whose path does not match the current one is not shown at all.
    return "/:realm/realm-settings/:tab?";
  }

  @Override
  public Map<String, String> getParams() {
    return Map.of("tab", "password-care");
  }

  @Override
  public String getHelpText() {
    // A message key (en + nl), as the fields' labels: it also names the admin app's address.
    return "passwordCareSettingsTabHelp";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return SettingsTabProperties.properties();
  }

  @Override
  public void validateConfiguration(
      KeycloakSession session, RealmModel realm, ComponentModel model) {
    boolean another =
        realm
            .getComponentsStream(realm.getId())
            .anyMatch(
                c ->
                    PasswordCareSettingsStore.PROVIDER_ID.equals(c.getProviderId())
                        && !c.getId().equals(model.getId()));
    if (another) {
      throw new ComponentValidationException(ONE_PER_REALM);
    }
    PasswordCareSettings merged;
    try {
      Map<String, List<String>> config = model.getConfig() == null ? Map.of() : model.getConfig();
      merged =
          SettingsValidator.merge(
              PasswordCareSettingsStore.read(session, realm),
              ComponentConfigReader.read(config),
              new KeycloakRealmLookup(session, realm));
    } catch (InvalidSettingsException e) {
      throw new ComponentValidationException(
          INVALID, SettingsTabProperties.label(e.field()), e.getMessage());
    }
    MultivaluedHashMap<String, String> canonical = new MultivaluedHashMap<>();
    SettingsConfig.toConfig(merged).forEach(canonical::put);
    model.setConfig(canonical);
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
