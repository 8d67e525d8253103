package io.github.passwordcare.contact;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.contact.SecurityQuestionsCredential.AnswerHash;
import io.github.passwordcare.contact.SecurityQuestionsCredential.Data;
import io.github.passwordcare.contact.SecurityQuestionsCredential.Secret;
import io.github.passwordcare.settings.AdminAccounts;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The {@code password-care-security-questions} credential: one per user (registering again replaces
 * it), answers hashed (see {@link SecurityQuestionsCredential}), checked only through {@link
 * #isValid}, so SSPR asks {@code user.credentialManager().isValid(...)} and needs none of these
 * classes.
 *
 * <p><b>Input of {@code isValid}</b>: a {@code UserCredentialModel} of this type whose challenge
 * response (value) is a JSON array of the questions answered, each as it is stored, with the answer
 * as typed: {@code [{"question":"passwordCareQuestionFirstPet","answer":"Rex"},...]}. It is valid
 * when every question is one of the user's, none repeats, and every answer matches after
 * normalization. Every answer is hashed even after a wrong one, so the time says nothing of which
 * was wrong. An admin's questions never verify (admins can never use them), whatever was typed.
 */
public final class SecurityQuestionsCredentialProvider
    implements CredentialProvider<CredentialModel>, CredentialInputValidator {

  private static final Logger LOG = Logger.getLogger(SecurityQuestionsCredentialProvider.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One answered question of the {@code isValid} input. */
  public record Answer(String question, String answer) {}

  private final KeycloakSession session;

  SecurityQuestionsCredentialProvider(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public String getType() {
    return RecoveryAttributes.SECURITY_QUESTIONS_TYPE;
  }

  @Override
  public boolean supportsCredentialType(String credentialType) {
    return getType().equals(credentialType);
  }

  /** Stores {@code model} as the user's only security-questions credential. */
  @Override
  public CredentialModel createCredential(RealmModel realm, UserModel user, CredentialModel model) {
    user.credentialManager()
        .getStoredCredentialsByTypeStream(getType())
        .map(CredentialModel::getId)
        .toList()
        .forEach(user.credentialManager()::removeStoredCredentialById);
    return user.credentialManager().createStoredCredential(model);
  }

  @Override
  public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
    return user.credentialManager().removeStoredCredentialById(credentialId);
  }

  @Override
  public CredentialModel getCredentialFromModel(CredentialModel model) {
    return model;
  }

  /**
   * The account console's "Signing in" entry: "Set up" (no questions yet) or "Update" both open the
   * recovery-contacts page as an application-initiated action. Keycloak drops either action when
   * that required action is not enabled in the realm.
   */
  @Override
  public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext context) {
    boolean has = context.getUser() != null && isConfiguredFor(null, context.getUser(), getType());
    CredentialTypeMetadata.CredentialTypeMetadataBuilder builder =
        CredentialTypeMetadata.builder()
            .type(getType())
            .category(CredentialTypeMetadata.Category.BASIC_AUTHENTICATION)
            .displayName("passwordCareQuestionsCredentialName")
            .helpText("passwordCareQuestionsCredentialHelp")
            .iconCssClass("kcAuthenticatorPasswordClass")
            .removeable(true);
    String action = RecoveryContactsRequiredActionFactory.PROVIDER_ID;
    return (has ? builder.updateAction(action) : builder.createAction(action)).build(session);
  }

  @Override
  public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
    return supportsCredentialType(credentialType)
        && user.credentialManager()
            .getStoredCredentialsByTypeStream(getType())
            .findAny()
            .isPresent();
  }

  @Override
  public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
    if (!supportsCredentialType(input.getType())) {
      return false;
    }
    List<Answer> answers = parse(input.getChallengeResponse());
    AnswerHashing hashing = new AnswerHashing(session);
    CredentialModel stored =
        user.credentialManager()
            .getStoredCredentialsByTypeStream(getType())
            .findFirst()
            .orElse(null);
    boolean admin =
        AdminAccounts.isAdmin(session, realm, user, PasswordCareSettingsStore.read(session, realm));
    if (answers.isEmpty() || stored == null || admin) {
      answers.forEach(a -> hashing.burn(realm, SecurityAnswers.normalize(a.answer())));
      return false;
    }
    Data data = SecurityQuestionsCredential.data(stored);
    List<AnswerHash> hashes = SecurityQuestionsCredential.secret(stored).answers();
    Set<Integer> used = new HashSet<>();
    boolean valid = true;
    for (Answer answer : answers) {
      String normalized = SecurityAnswers.normalize(answer.answer());
      int index = data.questions().indexOf(answer.question());
      if (index < 0 || index >= hashes.size() || !used.add(index)) {
        hashing.burn(realm, normalized);
        valid = false;
      } else if (!hashing.matches(data, hashes.get(index), normalized)) {
        valid = false;
      }
    }
    return valid;
  }

  private static List<Answer> parse(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      List<Answer> answers = JSON.readValue(json, new TypeReference<List<Answer>>() {});
      return answers == null ? List.of() : answers;
    } catch (IOException e) {
      LOG.debug("security-questions input is not the expected JSON");
      return List.of();
    }
  }

  /** Builds the credential of {@code questions} with {@code answers} (same order), hashed. */
  CredentialModel build(RealmModel realm, List<String> questions, List<String> answers) {
    AnswerHashing hashing = new AnswerHashing(session);
    Data data = hashing.hashParameters(realm, questions);
    List<AnswerHash> hashes =
        answers.stream().map(a -> hashing.hash(realm, SecurityAnswers.normalize(a))).toList();
    return SecurityQuestionsCredential.model(data, new Secret(hashes));
  }
}
