package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.AdminAccounts;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.sms.SmsSenders;
import io.github.passwordcare.sspr.EmailCodeChannel;
import io.github.passwordcare.sspr.RegisteredMethods;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The page's three views on one template ({@value RecoveryContactsRequiredAction#TEMPLATE}): the
 * main view (the user's methods, masked, with Add / Change / Remove, "These are correct" and maybe
 * "Remind me later"), the view where the user types a new contact, and the view where the code is
 * entered. Rows are plain maps, so the template reads them without any Java-bean conventions.
 */
final class ContactsView {

  private final RequiredActionContext context;
  private final PasswordCareSettings settings;

  ContactsView(RequiredActionContext context, PasswordCareSettings settings) {
    this.context = context;
    this.settings = settings;
  }

  /** The methods SSPR needs from this user: admins {@code ssprMethodsRequiredAdmins}. */
  int required() {
    boolean admin =
        AdminAccounts.isAdmin(
            context.getSession(), context.getRealm(), context.getUser(), settings);
    return admin ? settings.ssprMethodsRequiredAdmins() : settings.ssprMethodsRequiredUsers();
  }

  int registered() {
    boolean admin =
        AdminAccounts.isAdmin(
            context.getSession(), context.getRealm(), context.getUser(), settings);
    return RegisteredMethods.of(context.getSession(), context.getUser(), settings, admin).size();
  }

  RemindLater remindLater() {
    UserModel user = context.getUser();
    return new RemindLater(
        RemindLater.parseCount(user.getFirstAttribute(RecoveryAttributes.REMIND_LATER_COUNT)),
        settings.registrationRemindLaterTimes(),
        appInitiated(context.getAuthenticationSession()));
  }

  /** Whether an application asked for this page with {@code kc_action}. */
  static boolean appInitiated(AuthenticationSessionModel auth) {
    String id = RecoveryContactsRequiredActionFactory.PROVIDER_ID;
    return id.equals(auth.getClientNote(Constants.KC_ACTION))
        || id.equals(auth.getClientNote(Constants.KC_ACTION_EXECUTING));
  }

  Response main(String errorKey, String successKey, Object... params) {
    LoginFormsProvider form = messages(errorKey, successKey, params);
    RemindLater later = remindLater();
    return form.setAttribute("contactsView", "main")
        .setAttribute("contactsRows", rows())
        .setAttribute("contactsRequired", required())
        .setAttribute("contactsRegistered", registered())
        .setAttribute("contactsLaterOffered", later.offered())
        .setAttribute("contactsLaterUsedUp", later.usedUp())
        .setAttribute("contactsLaterAllowed", later.allowed())
        .setAttribute("contactsQuestionsOffered", SecurityQuestionsStep.offered(context))
        .setAttribute(
            "contactsQuestionsRegistered",
            RegisteredMethods.has(context.getSession(), context.getUser(), SsprMethod.QUESTIONS))
        .createForm(RecoveryContactsRequiredAction.TEMPLATE);
  }

  /**
   * The form to type a new contact of {@code kind}; {@code typed} is shown again after an error.
   */
  Response contact(ContactKind kind, String typed, String errorKey) {
    return messages(errorKey, null)
        .setAttribute("contactsView", "contact")
        .setAttribute("contactsKind", kind.value())
        .setAttribute("contactsKindKey", kind.keySuffix())
        .setAttribute("contactsTyped", typed == null ? "" : typed)
        .setAttribute("contactsRegion", settings.recoveryPhoneDefaultRegion())
        .createForm(RecoveryContactsRequiredAction.TEMPLATE);
  }

  /** The form to enter the code just sent to {@code contact} (shown masked). */
  Response code(ContactKind kind, String contact, String errorKey) {
    return messages(errorKey, null)
        .setAttribute("contactsView", "code")
        .setAttribute("contactsKind", kind.value())
        .setAttribute("contactsKindKey", kind.keySuffix())
        .setAttribute("contactsMasked", kind.mask(contact))
        .createForm(RecoveryContactsRequiredAction.TEMPLATE);
  }

  private LoginFormsProvider messages(String errorKey, String successKey, Object... params) {
    LoginFormsProvider form = context.form();
    if (errorKey != null) {
      form.setError(errorKey, params);
    } else if (successKey != null) {
      form.setSuccess(successKey, params);
    }
    return form;
  }

  private List<Map<String, Object>> rows() {
    UserModel user = context.getUser();
    List<Map<String, Object>> rows = new ArrayList<>();
    if (settings.ssprMethods().contains(SsprMethod.EMAIL)) {
      String email = user.getEmail();
      rows.add(
          row(
              "primary-email",
              "passwordCareContactsPrimaryEmail",
              email == null ? "" : EmailCodeChannel.primary().mask(email),
              has(SsprMethod.EMAIL),
              null));
    }
    rows.add(contactRow(ContactKind.EMAIL, SsprMethod.RECOVERY_EMAIL));
    if (SmsSenders.available(context.getSession())) {
      rows.add(contactRow(ContactKind.PHONE, SsprMethod.SMS));
    }
    if (settings.ssprMethods().contains(SsprMethod.OTP)) {
      rows.add(row("otp", "passwordCareContactsOtp", "", has(SsprMethod.OTP), null));
    }
    return rows;
  }

  private Map<String, Object> contactRow(ContactKind kind, SsprMethod method) {
    UserModel user = context.getUser();
    Map<String, Object> row =
        row(
            kind.value(),
            "passwordCareContacts" + kind.keySuffix(),
            kind.stored(user).map(kind::mask).orElse(""),
            has(method),
            kind.value());
    row.put("stored", kind.stored(user).isPresent());
    row.put("verified", kind.verified(user));
    return row;
  }

  /** The OTP row's "Set up": the realm offers OTP and the user has no app yet. */
  boolean otpOffered() {
    return settings.ssprMethods().contains(SsprMethod.OTP) && !has(SsprMethod.OTP);
  }

  private boolean has(SsprMethod method) {
    return RegisteredMethods.has(context.getSession(), context.getUser(), method);
  }

  private static Map<String, Object> row(
      String id, String labelKey, String masked, boolean registered, String kind) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("labelKey", labelKey);
    row.put("masked", masked);
    row.put("registered", registered);
    row.put("kind", kind == null ? "" : kind);
    row.put("stored", false);
    row.put("verified", false);
    return row;
  }
}
