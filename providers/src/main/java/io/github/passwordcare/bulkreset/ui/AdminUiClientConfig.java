package io.github.passwordcare.bulkreset.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Which realms get the page's client {@code password-care-admin-ui}, a server option of the page's
 * resource: {@code --spi-realm-restapi-extension--password-care--admin-ui-client=all|non-master|
 * none} ({@code KC_SPI_REALM_RESTAPI_EXTENSION__PASSWORD_CARE__ADMIN_UI_CLIENT}). The master
 * realm's client signs in the server's own administrators, so it is created there only when asked
 * for. The option decides where the client is created; a client that exists is never deleted.
 */
public record AdminUiClientConfig(Realms realms) {

  public static final String OPTION = "adminUiClient";
  static final String OPTION_FLAG = "--spi-realm-restapi-extension--password-care--admin-ui-client";

  /** The realms the client is created in. */
  public enum Realms {
    ALL("all"),
    NON_MASTER("non-master"),
    NONE("none");

    private final String value;

    Realms(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  public static final Realms DEFAULT = Realms.NON_MASTER;

  public static AdminUiClientConfig from(Config.Scope scope) {
    return parse(scope.get(OPTION));
  }

  /** Reads the option's value; empty means the default, anything unknown stops the server. */
  static AdminUiClientConfig parse(String value) {
    if (value == null || value.isBlank()) {
      return new AdminUiClientConfig(DEFAULT);
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(Realms.values())
        .filter(realms -> realms.value.equals(wanted))
        .findFirst()
        .map(AdminUiClientConfig::new)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    OPTION_FLAG + " must be one of all, non-master, none (got '" + value + "')"));
  }

  /**
   * Whether a realm gets the client when it has none.
   *
   * @param masterRealm the realm is the server's administration realm ({@code master})
   */
  public boolean createsIn(boolean masterRealm) {
    return switch (realms) {
      case ALL -> true;
      case NON_MASTER -> !masterRealm;
      case NONE -> false;
    };
  }

  public static List<ProviderConfigProperty> metadata() {
    return ProviderConfigurationBuilder.create()
        .property()
        .name(OPTION)
        .type(ProviderConfigProperty.LIST_TYPE)
        .options(Arrays.stream(Realms.values()).map(Realms::value).toList())
        .defaultValue(DEFAULT.value())
        .helpText(
            "Realms that get the bulk reset page's client password-care-admin-ui: all,"
                + " non-master (every realm but master) or none.")
        .add()
        .build();
  }
}
