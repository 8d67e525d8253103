package io.github.passwordcare.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RequiredActionProviderSimpleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The demo realm's browser flow holds the recovery check ({@code password-care-recovery-check}): an
 * admin with fewer than two registered recovery methods, or a user with none, gets the
 * recovery-contacts page at every browser sign-in. The demo's {@code realm-admin} has one method
 * (its verified email) on purpose, so the demo shows the page. Tests about something else sign in
 * with a second verified method for the test's duration: {@link #secondMethod} gives it and {@link
 * #close} restores the attributes as they were.
 */
public final class RecoveryCheckFixture implements AutoCloseable {

  public static final String REQUIRED_ACTION = "password-care-update-recovery-contacts";
  private static final String EMAIL = "recoveryEmail";
  private static final String EMAIL_VERIFIED = "recoveryEmailVerified";

  private final UserResource user;
  private final List<String> email;
  private final List<String> verified;

  private RecoveryCheckFixture(UserResource user, List<String> email, List<String> verified) {
    this.user = user;
    this.email = email;
    this.verified = verified;
  }

  /**
   * Registers the recovery-contacts required action in the realm when it is missing: the check asks
   * only when the realm has it, as every realm has once the bundle's installer has run. Left
   * registered, as the installer would leave it.
   */
  public static void ensureRequiredActionRegistered(RealmResource realm) {
    boolean registered =
        realm.flows().getRequiredActions().stream()
            .anyMatch(a -> REQUIRED_ACTION.equals(a.getAlias()));
    if (!registered) {
      RequiredActionProviderSimpleRepresentation action =
          new RequiredActionProviderSimpleRepresentation();
      action.setProviderId(REQUIRED_ACTION);
      action.setName("Password Care: update recovery contacts");
      realm.flows().registerRequiredAction(action);
    }
  }

  /** Gives {@code username} a verified alternate address until {@link #close}. */
  public static RecoveryCheckFixture secondMethod(RealmResource realm, String username) {
    ensureRequiredActionRegistered(realm);
    String id = realm.users().searchByUsername(username, true).get(0).getId();
    UserResource user = realm.users().get(id);
    UserRepresentation rep = user.toRepresentation();
    Map<String, List<String>> attributes = attributes(rep);
    RecoveryCheckFixture fixture =
        new RecoveryCheckFixture(user, attributes.get(EMAIL), attributes.get(EMAIL_VERIFIED));
    addSecondMethod(rep);
    user.update(rep);
    return fixture;
  }

  /** Adds a verified alternate address to a representation (for users a test creates). */
  public static void addSecondMethod(UserRepresentation rep) {
    Map<String, List<String>> attributes = attributes(rep);
    attributes.put(EMAIL, List.of("second-" + rep.getUsername() + "@example.nl"));
    attributes.put(EMAIL_VERIFIED, List.of("true"));
    rep.setAttributes(attributes);
  }

  @Override
  public void close() {
    UserRepresentation rep = user.toRepresentation();
    Map<String, List<String>> attributes = attributes(rep);
    restore(attributes, EMAIL, email);
    restore(attributes, EMAIL_VERIFIED, verified);
    rep.setAttributes(attributes);
    user.update(rep);
  }

  private static void restore(Map<String, List<String>> attributes, String name, List<String> was) {
    if (was == null) {
      attributes.remove(name);
    } else {
      attributes.put(name, new ArrayList<>(was));
    }
  }

  private static Map<String, List<String>> attributes(UserRepresentation rep) {
    return rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
  }
}
