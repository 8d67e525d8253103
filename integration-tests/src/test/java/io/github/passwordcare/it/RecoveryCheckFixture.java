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
 * #close} restores the attributes as they were. Where the realm's settings count no alternate
 * address (the defaults: email and OTP app), a test postpones the page instead ({@link #keep}).
 */
public final class RecoveryCheckFixture implements AutoCloseable {

  public static final String REQUIRED_ACTION = "password-care-update-recovery-contacts";

  /** The form of the recovery-contacts page. */
  public static final String PAGE_FORM = "kc-recovery-contacts-form";

  private static final String EMAIL = "recoveryEmail";
  private static final String EMAIL_VERIFIED = "recoveryEmailVerified";

  /** The attributes the fixture or a sign-in through the page may change, restored on close. */
  private static final List<String> KEPT =
      List.of(EMAIL, EMAIL_VERIFIED, "recoveryConfirmedAt", "recoveryRemindLaterCount");

  private final UserResource user;
  private final Map<String, List<String>> kept = new HashMap<>();

  private RecoveryCheckFixture(UserResource user) {
    this.user = user;
    Map<String, List<String>> attributes = attributes(user.toRepresentation());
    for (String name : KEPT) {
      if (attributes.containsKey(name)) {
        kept.put(name, new ArrayList<>(attributes.get(name)));
      }
    }
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
    RecoveryCheckFixture fixture = keep(realm, username);
    UserRepresentation rep = fixture.user.toRepresentation();
    addSecondMethod(rep);
    fixture.user.update(rep);
    return fixture;
  }

  /**
   * Keeps {@code username}'s recovery attributes as they are now, to restore them at {@link
   * #close}: for a test that goes through the recovery-contacts page (whose "Remind me later"
   * counts).
   */
  public static RecoveryCheckFixture keep(RealmResource realm, String username) {
    ensureRequiredActionRegistered(realm);
    String id = realm.users().searchByUsername(username, true).get(0).getId();
    return new RecoveryCheckFixture(realm.users().get(id));
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
    for (String name : KEPT) {
      if (kept.containsKey(name)) {
        attributes.put(name, kept.get(name));
      } else {
        attributes.remove(name);
      }
    }
    rep.setAttributes(attributes);
    user.update(rep);
  }

  private static Map<String, List<String>> attributes(UserRepresentation rep) {
    return rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
  }
}
