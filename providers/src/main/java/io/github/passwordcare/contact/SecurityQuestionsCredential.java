package io.github.passwordcare.contact;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.common.RecoveryAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;

/**
 * A user's security questions as a Keycloak credential of type {@code
 * password-care-security-questions}. {@code credentialData} holds what may be shown: the chosen
 * questions (message keys of the realm's list, or a user's own text) and the hashing parameters.
 * {@code secretData} holds one hash per answer, in question order, each from Keycloak's password
 * hashing with a salt of its own. The answers themselves are never stored.
 *
 * <p>The JSON shapes are a contract (SSPR reads {@code questions} from {@code credentialData}):
 * {@code {"questions":[...],"algorithm":"argon2","hashIterations":1,"additionalParameters":{}}} and
 * {@code {"answers":[{"value":"<hash>","salt":"<base64>"},...]}}.
 */
public final class SecurityQuestionsCredential {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What {@code credentialData} holds. */
  public record Data(
      List<String> questions,
      String algorithm,
      int hashIterations,
      Map<String, List<String>> additionalParameters) {}

  /** One answer's hash and its salt (base64). */
  public record AnswerHash(String value, String salt) {}

  /** What {@code secretData} holds: one hash per question, in question order. */
  public record Secret(List<AnswerHash> answers) {}

  private SecurityQuestionsCredential() {}

  static CredentialModel model(Data data, Secret secret) {
    CredentialModel model = new CredentialModel();
    model.setType(RecoveryAttributes.SECURITY_QUESTIONS_TYPE);
    model.setCreatedDate(Time.currentTimeMillis());
    model.setCredentialData(write(data));
    model.setSecretData(write(secret));
    return model;
  }

  static Data data(CredentialModel model) {
    return read(model.getCredentialData(), Data.class);
  }

  static Secret secret(CredentialModel model) {
    return read(model.getSecretData(), Secret.class);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable security-questions credential", e);
    }
  }
}
