package io.github.passwordcare.contact;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;

/**
 * CONTRACT STUB (the security-questions branch implements it): the security-questions part of the
 * recovery-contacts page. The page's main view calls {@link #offered} to show the row, {@link
 * #page} when the user presses {@code questions}, and {@link #process} for a post that holds {@code
 * questionsSubmit}.
 */
public final class SecurityQuestionsStep {

  private SecurityQuestionsStep() {}

  /** Whether the page offers security questions to this user (enabled in the realm, not admin). */
  public static boolean offered(RequiredActionContext context) {
    return false;
  }

  /** The form to register (or replace) the user's questions; {@code errorKey} may be null. */
  public static Response page(RequiredActionContext context, String errorKey) {
    throw new UnsupportedOperationException("security questions are not built yet");
  }

  /**
   * Handles a {@code questionsSubmit} post: stores the questions and returns null when they were
   * valid, or the form again with its error (nothing stored).
   */
  public static Response process(
      RequiredActionContext context, MultivaluedMap<String, String> form) {
    throw new UnsupportedOperationException("security questions are not built yet");
  }
}
