package io.github.passwordcare.bulkreset;

import io.github.passwordcare.expiry.ExpiryNoticePolicyProviderFactory;
import io.github.passwordcare.expiry.ExpiryPolicyProviderFactory;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/**
 * The realm's password policy, rule by rule as Keycloak's {@code
 * DefaultPasswordPolicyManagerProvider} runs it, but with some rules left out. Two callers need
 * that. A dry run must say nothing about a user's current or past passwords, nor about the user's
 * data: a rule that compares the password with the stored ones, or with the email or username,
 * would turn it into a silent guessing oracle (no event, no brute-force counter, 1,000 users a
 * call), even for users the caller may reset but not view. A generated password is random and was
 * never set before, so comparing it with every stored old password (one argon2 hash each) is pure
 * cost.
 */
final class PasswordPolicyCheck {

  /**
   * The Keycloak 26.5.6 rules that compare the password with the user's stored passwords: {@code
   * passwordHistory} (current password and history) and {@code passwordAge} ("not recently used",
   * current password and history younger than N days).
   */
  static final Set<String> HISTORY_RULES = Set.of("passwordHistory", "passwordAge");

  /**
   * The Keycloak 26.5.6 rules that compare the password with the user's profile: {@code notEmail}
   * and {@code notUsername} (equal) and {@code notContainsUsername}. Their answer reveals the email
   * or username of a user the caller may be allowed to reset but not to view.
   */
  static final Set<String> USER_DATA_RULES =
      Set.of("notUsername", "notContainsUsername", "notEmail");

  /**
   * The Keycloak 26.5.6 rules that read nothing of the user: neither stored credentials nor
   * profile. A dry run checks only these: a rule from an extension may read anything, so it is only
   * checked on the real reset.
   */
  static final Set<String> USER_BLIND_RULES =
      Set.of(
          "length",
          "maxLength",
          "digits",
          "lowerCase",
          "upperCase",
          "specialChars",
          "regexPattern",
          "passwordBlacklist",
          "hashAlgorithm",
          "hashIterations",
          "forceExpiredPasswordChange",
          "maxAuthAge",
          "recoveryCodesWarningThreshold");

  /**
   * Our own rules that only hold numbers and never refuse a password (password expiry): they read
   * nothing of the user, so a dry run "checks" them too instead of listing them as unchecked.
   */
  static final Set<String> OWN_RULES_THAT_NEVER_REFUSE =
      Set.of(
          ExpiryPolicyProviderFactory.PROVIDER_ID, ExpiryNoticePolicyProviderFactory.PROVIDER_ID);

  private PasswordPolicyCheck() {}

  /** Rules a generated password must still pass: all but the history comparisons. */
  static boolean forGeneratedPassword(String policyId) {
    return !HISTORY_RULES.contains(policyId);
  }

  /** Rules a dry run checks: only those that read nothing of the user. */
  static boolean forDryRun(String policyId) {
    return USER_BLIND_RULES.contains(policyId) || OWN_RULES_THAT_NEVER_REFUSE.contains(policyId);
  }

  /** The first error of the chosen rules, in the policy's order, or null when they all pass. */
  static PolicyError validate(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      String password,
      Predicate<String> rules) {
    for (String id : realm.getPasswordPolicy().getPolicies()) {
      if (!rules.test(id)) {
        continue;
      }
      PasswordPolicyProvider rule = session.getProvider(PasswordPolicyProvider.class, id);
      PolicyError error = rule == null ? null : rule.validate(realm, user, password);
      if (error != null) {
        return error;
      }
    }
    return null;
  }

  /**
   * What the answer to this request must say was not checked: in a dry run of mode set, the realm's
   * rules left out; otherwise nothing.
   */
  static List<String> notCheckedBy(BulkResetRequest request, RealmModel realm) {
    return request.isDryRun() && request.modeOrDefault() == BulkResetMode.SET
        ? notCheckedInDryRun(realm.getPasswordPolicy().getPolicies())
        : List.of();
  }

  /** The policy ids of the realm that a dry run does not check, sorted; empty when none. */
  static List<String> notCheckedInDryRun(Collection<String> policyIds) {
    return policyIds.stream().filter(id -> !forDryRun(id)).sorted().toList();
  }
}
