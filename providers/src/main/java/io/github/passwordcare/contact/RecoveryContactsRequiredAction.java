package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;

/**
 * The recovery-contacts page: what a user sees when the recovery check at sign-in asks for
 * registration, or when an application sends {@code kc_action}. Like Keycloak's own update-profile
 * page it is one form posting back to itself; the button pressed says what to do. Adding or
 * changing a contact goes through {@link ContactVerification} (a code to the new contact, stored
 * only once the code matches); this class handles the rest: remove, questions, "These are correct"
 * and "Remind me later". Nothing here triggers the action: the recovery check adds it.
 */
public class RecoveryContactsRequiredAction implements RequiredActionProvider {

  static final String TEMPLATE = "password-care-recovery-contacts.ftl";

  private static final Logger LOG = Logger.getLogger(RecoveryContactsRequiredAction.class);

  @Override
  public InitiatedActionSupport initiatedActionSupport() {
    return InitiatedActionSupport.SUPPORTED;
  }

  @Override
  public void evaluateTriggers(RequiredActionContext context) {}

  @Override
  public void requiredActionChallenge(RequiredActionContext context) {
    context.challenge(view(context).main(null, null));
  }

  @Override
  public void processAction(RequiredActionContext context) {
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    PasswordCareSettings settings = settings(context);
    ContactsView view = new ContactsView(context, settings);
    ContactVerification verification = new ContactVerification(context, settings, view);
    if (form.containsKey("questionsSubmit")) {
      Response again = SecurityQuestionsStep.process(context, form);
      if (again != null) {
        context.challenge(again);
        return;
      }
      ContactEvents.success(context.getEvent(), context.getUser(), "questions_saved", null);
      context.challenge(view.main(null, "passwordCareContactsQuestionsSaved"));
    } else if (form.containsKey("questions") && SecurityQuestionsStep.offered(context)) {
      context.challenge(SecurityQuestionsStep.page(context, null));
    } else if (form.containsKey("otp") && view.otpOffered()) {
      setUpOtp(context);
    } else if (form.containsKey("add")) {
      context.challenge(verification.start(form.getFirst("add")));
    } else if (form.containsKey("sendCode")) {
      context.challenge(verification.send(form.getFirst("kind"), form.getFirst("contact")));
    } else if (form.containsKey("verifyCode")) {
      context.challenge(verification.verify(form.getFirst("code")));
    } else if (form.containsKey("remove")) {
      context.challenge(remove(context, view, form.getFirst("remove")));
    } else if (form.containsKey("confirm")) {
      confirm(context, view);
    } else if (form.containsKey("later")) {
      later(context, view);
    } else {
      // "Back", or a post this page did not write: the main view, nothing changed.
      context.challenge(view.main(null, null));
    }
  }

  /**
   * Removes a contact and its verified flag. Allowed even when it leaves the user with fewer
   * methods than SSPR needs: the recovery check asks again at the next sign-in.
   */
  private static Response remove(RequiredActionContext context, ContactsView view, String kind) {
    return ContactKind.of(kind)
        .filter(k -> k.stored(context.getUser()).isPresent())
        .map(
            k -> {
              String masked = k.mask(k.stored(context.getUser()).get());
              k.remove(context.getUser());
              ContactEvents.success(
                  context.getEvent(),
                  context.getUser(),
                  ContactEvents.change(k, "removed"),
                  masked);
              return view.main(null, "passwordCareContactsRemoved" + k.keySuffix());
            })
        .orElseGet(() -> view.main(null, null));
  }

  /**
   * "Set up" an authenticator app: Keycloak's own set-up page runs next in this sign-in, and the
   * sign-in continues after it. Without it a realm offering only email and OTP left an admin with
   * one method, past the "Remind me later" limit, on a page with no way forward (a security review
   * found it). The next sign-in counts the app.
   */
  private static void setUpOtp(RequiredActionContext context) {
    context
        .getAuthenticationSession()
        .addRequiredAction(UserModel.RequiredAction.CONFIGURE_TOTP.name());
    ContactEvents.success(context.getEvent(), context.getUser(), "otp_setup_started", null);
    context.success();
  }

  /** "These are correct": only once the user has as many methods as SSPR needs from them. */
  private static void confirm(RequiredActionContext context, ContactsView view) {
    int required = view.required();
    int registered = view.registered();
    if (registered < required) {
      context.challenge(view.main("passwordCareContactsConfirmTooFew", null, required, registered));
      return;
    }
    UserModel user = context.getUser();
    user.setSingleAttribute(RecoveryAttributes.CONFIRMED_AT, String.valueOf(Time.currentTime()));
    user.setSingleAttribute(RecoveryAttributes.REMIND_LATER_COUNT, "0");
    ContactEvents.success(context.getEvent(), user, "confirmed", null);
    LOG.debugf("User %s confirmed the recovery methods", user.getId());
    context.success();
  }

  /** "Remind me later": counted; refused once used up or when an application started the page. */
  private static void later(RequiredActionContext context, ContactsView view) {
    RemindLater later = view.remindLater();
    if (!later.offered()) {
      context.challenge(view.main("passwordCareContactsLaterRefused", null));
      return;
    }
    UserModel user = context.getUser();
    user.setSingleAttribute(
        RecoveryAttributes.REMIND_LATER_COUNT, String.valueOf(later.used() + 1));
    ContactEvents.success(context.getEvent(), user, "remind_later", null);
    context.success();
  }

  private static ContactsView view(RequiredActionContext context) {
    return new ContactsView(context, settings(context));
  }

  private static PasswordCareSettings settings(RequiredActionContext context) {
    return PasswordCareSettingsStore.read(context.getSession(), context.getRealm());
  }

  @Override
  public void close() {}
}
