package io.github.passwordcare.expiry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.Token;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.theme.Theme;

/**
 * The error for a bad value of one of our policies, as text in the calling admin's language.
 * Keycloak 26.5 gives the admin console only the exception's message ({@code PUT
 * /admin/realms/{realm}} answers {@code {"errorMessage": "..."}}, parameters dropped), and the
 * console shows it as it is, untranslated. So the message key ({@code passwordCareExpiry...}, in
 * our theme-resources bundles, en + nl) is looked up here, in the language Keycloak resolves for
 * the admin the way the console does (the admin's realm and user: locale attribute, then the
 * browser's languages, then the realm's default). Thrown as a plain {@link ModelException}, not a
 * {@code PasswordPolicyConfigException}: Keycloak prefixes the latter's message with the English
 * "Invalid config for &lt;id&gt;: ", while our text already names the policy. Without a request (a
 * realm import at start-up) the text is English.
 */
final class PolicyConfigError {

  static final String BUNDLE = "/theme-resources/messages/messages_en.properties";

  private PolicyConfigError() {}

  static ModelException of(KeycloakSession session, String key, Object... params) {
    Locale locale = Locale.ENGLISH;
    Properties messages = null;
    try {
      if (session != null) {
        RealmModel adminRealm = adminRealm(session);
        UserModel admin = session.getContext().getUser();
        if (adminRealm != null) {
          locale =
              session.getProvider(LocaleSelectorProvider.class).resolveLocale(adminRealm, admin);
          messages =
              session.theme().getTheme(Theme.Type.ADMIN).getEnhancedMessages(adminRealm, locale);
        }
      }
    } catch (IOException | RuntimeException e) {
      // No request, no token or no theme: the English bundle of this jar below.
      messages = null;
    }
    if (messages == null || messages.getProperty(key) == null) {
      locale = Locale.ENGLISH;
      messages = englishBundle();
    }
    return new ModelException(text(messages, key, locale, params), params);
  }

  /** The bundle's pattern for {@code key} with the parameters; the key itself if it is missing. */
  static String text(Properties messages, String key, Locale locale, Object... params) {
    String pattern = messages.getProperty(key);
    return pattern == null ? key : new MessageFormat(pattern, locale).format(params);
  }

  /** The realm of the admin whose token called: the last path segment of the token's issuer. */
  private static RealmModel adminRealm(KeycloakSession session) {
    Token token = session.getContext().getBearerToken();
    if (!(token instanceof JsonWebToken jwt) || jwt.getIssuer() == null) {
      return null;
    }
    String issuer = jwt.getIssuer();
    return session.realms().getRealmByName(issuer.substring(issuer.lastIndexOf('/') + 1));
  }

  static Properties englishBundle() {
    Properties messages = new Properties();
    try (InputStream in = PolicyConfigError.class.getResourceAsStream(BUNDLE)) {
      if (in != null) {
        messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // An empty bundle: the key is the message.
    }
    return messages;
  }
}
