package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;

/**
 * CONTRACT STUB (the contacts-page branch replaces it): shows the recovery-contacts page and, on
 * "These are correct" ({@code confirm}), sets {@code recoveryConfirmedAt}. The page is {@value
 * #TEMPLATE}, its form {@code kc-recovery-contacts-form}, its title key {@code
 * passwordCareContactsTitle}; buttons {@code confirm} and {@code later}.
 */
public class RecoveryContactsRequiredAction implements RequiredActionProvider {

  static final String TEMPLATE = "password-care-recovery-contacts.ftl";

  @Override
  public InitiatedActionSupport initiatedActionSupport() {
    return InitiatedActionSupport.SUPPORTED;
  }

  @Override
  public void evaluateTriggers(RequiredActionContext context) {}

  @Override
  public void requiredActionChallenge(RequiredActionContext context) {
    // security-questions branch (temporary, until the contacts page lands): the questions row.
    context.challenge(
        context
            .form()
            .setAttribute("securityQuestionsOffered", SecurityQuestionsStep.offered(context))
            .createForm(TEMPLATE));
  }

  @Override
  public void processAction(RequiredActionContext context) {
    // security-questions branch (temporary, until the contacts page lands): the questions step.
    var form = context.getHttpRequest().getDecodedFormParameters();
    if (form.containsKey("questions") && SecurityQuestionsStep.offered(context)) {
      context.challenge(SecurityQuestionsStep.page(context, null));
      return;
    }
    if (form.containsKey("questionsSubmit")) {
      var again = SecurityQuestionsStep.process(context, form);
      if (again != null) {
        context.challenge(again);
        return;
      }
    }
    if (form.containsKey("questionsSubmit") || form.containsKey("questionsCancel")) {
      requiredActionChallenge(context);
      return;
    }
    if (form.containsKey("confirm")) {
      context
          .getUser()
          .setSingleAttribute(RecoveryAttributes.CONFIRMED_AT, String.valueOf(Time.currentTime()));
    }
    context.success();
  }

  @Override
  public void close() {}
}
