package io.github.passwordcare.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.keycloak.models.AdminRoles;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The fields of the admin console tab, in the record's order. Names are the settings' component
 * names; labels and help texts are message keys ({@code passwordCareSettings<Field>} and {@code
 * ...Help}, in the providers' theme-resources bundles, which Keycloak merges into the admin theme's
 * messages); defaults come from {@link PasswordCareSettings#defaults()}.
 */
final class SettingsTabProperties {

  private SettingsTabProperties() {}

  /** The label message key of a field; the field itself when it is not a settings field. */
  static String label(String field) {
    return field == null
            || field.isEmpty()
            || !SettingsConfig.toConfig(PasswordCareSettings.defaults()).containsKey(field)
        ? field
        : "passwordCareSettings"
            + field.substring(0, 1).toUpperCase(Locale.ROOT)
            + field.substring(1);
  }

  static List<ProviderConfigProperty> properties() {
    PasswordCareSettings d = PasswordCareSettings.defaults();
    var config = SettingsConfig.toConfig(d);
    ProviderConfigurationBuilder b = ProviderConfigurationBuilder.create();
    add(b, "ssprScope", ProviderConfigProperty.LIST_TYPE, d.ssprScope().value())
        .options(SettingsRules.scopeValues())
        .add();
    add(b, "ssprScopeGroup", ProviderConfigProperty.GROUP_TYPE, null).add();
    add(b, "ssprMethods", ProviderConfigProperty.MULTIVALUED_LIST_TYPE, null)
        .options(SettingsRules.methodValues())
        .defaultValue(joined(config.get("ssprMethods")))
        .add();
    for (String field :
        List.of(
            "ssprMethodsRequiredUsers",
            "ssprMethodsRequiredAdmins",
            "ssprCodeLength",
            "ssprCodeLifetimeSeconds")) {
      add(b, field, ProviderConfigProperty.INTEGER_TYPE, config.get(field).get(0)).add();
    }
    add(b, "ssprRevealRegisteredMethods", ProviderConfigProperty.BOOLEAN_TYPE, "false").add();
    for (String field :
        List.of(
            "ssprMaxCodeAttempts",
            "ssprMaxFailedVerifications",
            "ssprLockoutHours",
            "ssprMaxSmsPerHour",
            "ssprMaxEmailsPer10Minutes",
            "ssprSessionMinutes")) {
      add(b, field, ProviderConfigProperty.INTEGER_TYPE, config.get(field).get(0)).add();
    }
    add(b, "helpDeskUrl", ProviderConfigProperty.STRING_TYPE, "").add();
    add(b, "helpDeskText", ProviderConfigProperty.STRING_TYPE, "").add();
    add(b, "notifyUserOnReset", ProviderConfigProperty.BOOLEAN_TYPE, "true").add();
    add(b, "notifyAdminsOnAdminReset", ProviderConfigProperty.BOOLEAN_TYPE, "false").add();
    add(b, "adminRoles", ProviderConfigProperty.MULTIVALUED_LIST_TYPE, null)
        .options(adminRoleNames())
        .defaultValue(joined(d.adminRoles()))
        .add();
    add(b, "adminGroup", ProviderConfigProperty.GROUP_TYPE, null).add();
    add(b, "protectAdmins", ProviderConfigProperty.BOOLEAN_TYPE, "true").add();
    add(b, "expiryRemindersEnabled", ProviderConfigProperty.BOOLEAN_TYPE, "true").add();
    add(b, "expiryReminderDays", ProviderConfigProperty.MULTIVALUED_STRING_TYPE, null)
        .defaultValue(joined(config.get("expiryReminderDays")))
        .add();
    add(
            b,
            "expiryReminderHour",
            ProviderConfigProperty.INTEGER_TYPE,
            config.get("expiryReminderHour").get(0))
        .add();
    add(b, "registrationRequired", ProviderConfigProperty.BOOLEAN_TYPE, "true").add();
    for (String field : List.of("registrationReconfirmDays", "registrationRemindLaterTimes")) {
      add(b, field, ProviderConfigProperty.INTEGER_TYPE, config.get(field).get(0)).add();
    }
    add(b, "recoveryPhoneDefaultRegion", ProviderConfigProperty.STRING_TYPE, "NL").add();
    for (String field : List.of("securityQuestionsToRegister", "securityQuestionsToAnswer")) {
      add(b, field, ProviderConfigProperty.INTEGER_TYPE, config.get(field).get(0)).add();
    }
    add(b, "securityQuestionsAllowCustom", ProviderConfigProperty.BOOLEAN_TYPE, "false").add();
    add(b, "securityQuestions", ProviderConfigProperty.MULTIVALUED_STRING_TYPE, null)
        .defaultValue(joined(d.securityQuestions()))
        .add();
    return b.build();
  }

  /** The roles of a realm's {@code realm-management} client, {@code realm-admin} first. */
  static List<String> adminRoleNames() {
    return Stream.concat(
            Stream.of(AdminRoles.REALM_ADMIN), Arrays.stream(AdminRoles.ALL_REALM_ROLES))
        .distinct()
        .toList();
  }

  /**
   * The console's multivalued list takes one default value and wraps it in a list, so a default of
   * several values goes as one value joined by Keycloak's {@code ##} delimiter, which {@link
   * SettingsConfig#splitValues} reads back as the separate values. It shows only in a realm whose
   * settings were never saved.
   */
  private static String joined(List<String> values) {
    return String.join("##", values);
  }

  private static ProviderConfigurationBuilder.ProviderConfigPropertyBuilder add(
      ProviderConfigurationBuilder b, String field, String type, Object defaultValue) {
    return b.property()
        .name(field)
        .label(label(field))
        .helpText(label(field) + "Help")
        .type(type)
        .defaultValue(defaultValue);
  }
}
