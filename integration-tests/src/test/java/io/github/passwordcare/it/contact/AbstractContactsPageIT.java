package io.github.passwordcare.it.contact;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.sms.SmsStub;
import io.github.passwordcare.it.sspr.SsprSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/**
 * What the recovery-contacts page tests share: GreenMail, the SMS gateway stub, a user for whom the
 * page is pending (the admin API's {@code requiredActions}: the sign-in check is another feature),
 * the user's attributes as the admin API shows them, and settings changed per test.
 *
 * <p>The admin API shows only attributes the realm's user profile declares. {@code
 * recoveryConfirmedAt} and {@code recoveryRemindLaterCount} are declared by the recovery check's
 * part of the demo realm; until then (or in any realm without them) each test declares them for
 * admins and takes them out again.
 */
abstract class AbstractContactsPageIT extends AbstractPasswordCareIT {

  static final String CONFIRMED_AT = "recoveryConfirmedAt";
  static final String REMIND_LATER_COUNT = "recoveryRemindLaterCount";

  @InjectMailServer MailServer mail;

  SmsStub gateway;
  private SsprSettings settings;
  private final List<String> declared = new ArrayList<>();

  @BeforeEach
  void startGatewayAndDeclare() {
    gateway = new SmsStub();
    UPConfig profile = admin.realm(DEMO_REALM).users().userProfile().getConfiguration();
    for (String name : List.of(CONFIRMED_AT, REMIND_LATER_COUNT)) {
      if (profile.getAttribute(name) == null) {
        UPAttribute attribute = new UPAttribute(name);
        attribute.setPermissions(new UPAttributePermissions(Set.of("admin"), Set.of("admin")));
        profile.addOrReplaceAttribute(attribute);
        declared.add(name);
      }
    }
    if (!declared.isEmpty()) {
      admin.realm(DEMO_REALM).users().userProfile().update(profile);
    }
  }

  @AfterEach
  void stopGatewayAndRestore() throws Exception {
    gateway.close();
    if (settings != null) {
      settings.restore();
      settings = null;
    }
    if (!declared.isEmpty()) {
      UPConfig profile = admin.realm(DEMO_REALM).users().userProfile().getConfiguration();
      declared.forEach(profile::removeAttribute);
      admin.realm(DEMO_REALM).users().userProfile().update(profile);
      declared.clear();
    }
  }

  void settings(Map<String, Object> fields) throws Exception {
    if (settings == null) {
      settings =
          new SsprSettings(
              urls.getBase(), DEMO_REALM, () -> admin.tokenManager().getAccessTokenString());
    }
    settings.set(fields);
  }

  ContactsBrowser browser() {
    return new ContactsBrowser(urls.getBase());
  }

  /** A user with a verified primary email and the page pending; returns the user id. */
  String userWithPagePending(String prefix) {
    String id = users().create(prefix);
    addPage(id);
    return id;
  }

  /** Puts the page on the user again, as the recovery check would at the next sign-in. */
  void addPage(String id) {
    UserRepresentation user = user(id).toRepresentation();
    user.setRequiredActions(List.of(ContactsBrowser.ACTION));
    user(id).update(user);
  }

  UserResource user(String id) {
    return admin.realm(DEMO_REALM).users().get(id);
  }

  String username(String id) {
    return users().username(id);
  }

  String email(String id) {
    return user(id).toRepresentation().getEmail();
  }

  /** The attribute as the admin API shows it; null when not set. */
  String attribute(String id, String name) {
    Map<String, List<String>> attributes = user(id).toRepresentation().getAttributes();
    List<String> values = attributes == null ? null : attributes.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  void setAttributes(String id, Map<String, String> values) {
    UserRepresentation user = user(id).toRepresentation();
    Map<String, List<String>> attributes =
        new java.util.HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
    values.forEach((k, v) -> attributes.put(k, List.of(v)));
    user.setAttributes(attributes);
    user(id).update(user);
  }

  void makeAdmin(String id) {
    var realm = admin.realm(DEMO_REALM);
    var management = realm.clients().findByClientId("realm-management").get(0);
    var role = realm.clients().get(management.getId()).roles().get("manage-users");
    user(id).roles().clientLevel(management.getId()).add(List.of(role.toRepresentation()));
  }

  /** The user's login events, newest first. */
  List<EventRepresentation> eventsOf(String id) {
    return admin.realm(DEMO_REALM).getEvents(null, null, id, null, null, null, 0, 200);
  }

  /** A Dutch mobile number no other test uses (+31 61...: libphonenumber knows it as mobile). */
  static String newPhone() {
    return "+3161" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }

  /** {@code +31612345678} as a person types it: {@code +31 6 12345678}. */
  static String typed(String e164) {
    return e164.substring(0, 3) + " " + e164.charAt(3) + " " + e164.substring(4);
  }

  static String altAddress(String prefix) {
    return io.github.passwordcare.it.TestUsers.unique(prefix) + "@private.password-care.localhost";
  }
}
