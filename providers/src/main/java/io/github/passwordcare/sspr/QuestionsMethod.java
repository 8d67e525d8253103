package io.github.passwordcare.sspr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The {@code questions} method: which of the user's security questions a reset asks, and whether
 * the answers are right (through {@code user.credentialManager().isValid}, the credential
 * provider's input format: a JSON array of {@code {"question", "answer"}}).
 *
 * <p>Enumeration safety: a user with questions sees {@code securityQuestionsToAnswer} of them, a
 * random subset kept in the authentication session (a reload shows the same). Anyone else (an
 * unknown name, a user without questions, an admin, who can never use them) sees a stand-in set
 * drawn the same way from {@code securityQuestionsToRegister} questions of the realm's list, chosen
 * by a hash of the account ({@link SsprStep#accountSubject}: the user's id, or the typed name when
 * there is no account): the username and the email of one account get the same questions, as they
 * would with real ones, and their answers never verify. Such a check hashes every answer as a real
 * one does, so it takes as long.
 */
final class QuestionsMethod {

  private static final String SHOWN = "password-care.sspr.questions";
  private static final String SHOWN_FOR = "password-care.sspr.questions-for";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeycloakSession session;
  private final RealmModel realm;
  private final PasswordCareSettings settings;
  private final AuthenticationSessionModel auth;
  private final UserModel user;
  private final boolean usable;
  private final String subject;

  /**
   * {@code user} null for an unknown name; {@code usable} false for an admin; {@code subject} the
   * account ({@link SsprStep#accountSubject}), the seed of the stand-in set.
   */
  QuestionsMethod(
      KeycloakSession session,
      RealmModel realm,
      PasswordCareSettings settings,
      AuthenticationSessionModel auth,
      UserModel user,
      boolean usable,
      String subject) {
    this.session = session;
    this.realm = realm;
    this.settings = settings;
    this.auth = auth;
    this.user = user;
    this.usable = usable && user != null && !registered().isEmpty();
    this.subject = subject;
  }

  /** The questions this attempt asks, as stored (message keys or text), the same on a reload. */
  List<String> shown() {
    String binding = subject + "|" + (user == null ? "" : user.getId());
    if (binding.equals(auth.getAuthNote(SHOWN_FOR))) {
      List<String> kept = readList(auth.getAuthNote(SHOWN));
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    List<String> pool = usable ? registered() : standIn();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      positions.add(i);
    }
    Collections.shuffle(positions, RANDOM);
    List<Integer> picked =
        positions.subList(0, Math.min(settings.securityQuestionsToAnswer(), pool.size()));
    List<String> shown = picked.stream().sorted().map(pool::get).toList();
    auth.setAuthNote(SHOWN_FOR, binding);
    auth.setAuthNote(SHOWN, writeList(shown));
    return shown;
  }

  /** Whether the posted {@code answer1..n} answer every shown question right. */
  boolean valid(MultivaluedMap<String, String> form) {
    List<String> shown = shown();
    ArrayNode input = JSON.createArrayNode();
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      String answer = form.getFirst("answer" + (i + 1));
      answers.add(answer == null ? "" : answer);
      input.addObject().put("question", shown.get(i)).put("answer", answers.get(i));
    }
    if (!usable) {
      spend(answers);
      return false;
    }
    return user.credentialManager()
        .isValid(
            new UserCredentialModel(
                null, RecoveryAttributes.SECURITY_QUESTIONS_TYPE, input.toString()));
  }

  /** The hashing work of a check, for an attempt that cannot pass (a locked account). */
  void spend(List<String> answers) {
    String algorithm = realm.getPasswordPolicy().getHashAlgorithm();
    PasswordHashProvider hash =
        algorithm == null ? null : session.getProvider(PasswordHashProvider.class, algorithm);
    PasswordHashProvider provider =
        hash != null ? hash : session.getProvider(PasswordHashProvider.class);
    int iterations = realm.getPasswordPolicy().getHashIterations();
    answers.forEach(answer -> provider.encodedCredential(answer, iterations));
  }

  /** {@link #spend} with as many blank answers as the page shows. */
  void spend() {
    spend(Collections.nCopies(shown().size(), ""));
  }

  private List<String> registered() {
    if (user == null) {
      return List.of();
    }
    return user.credentialManager()
        .getStoredCredentialsByTypeStream(RecoveryAttributes.SECURITY_QUESTIONS_TYPE)
        .findFirst()
        .map(c -> readQuestions(c.getCredentialData()))
        .orElse(List.of());
  }

  /** The stand-in "registered" set of an account (or unknown name): seeded by its hash, stable. */
  private List<String> standIn() {
    List<String> list = new ArrayList<>(settings.securityQuestions());
    Collections.sort(list); // the stored list's order is not stable from one request to the next
    Collections.shuffle(list, new Random(seed(subject)));
    return List.copyOf(
        list.subList(0, Math.min(settings.securityQuestionsToRegister(), list.size())));
  }

  private static long seed(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static List<String> readQuestions(String credentialData) {
    try {
      return readList(JSON.readTree(credentialData).path("questions").toString());
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<String> readList(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      List<String> values = new ArrayList<>();
      for (JsonNode node : JSON.readTree(json)) {
        values.add(node.asText());
      }
      return values;
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String writeList(List<String> values) {
    ArrayNode array = JSON.createArrayNode();
    values.forEach(array::add);
    return array.toString();
  }
}
