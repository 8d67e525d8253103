package io.github.passwordcare.sspr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * A user as Keycloak's locale selection sees it when a code is sent off the request thread: with
 * the language of the pages the user saw as its {@code locale} attribute. Without the request,
 * Keycloak would fall back to the stored attribute or the realm default, so a user on Dutch pages
 * could get an English code. Nothing is stored: the delegate lives for one send.
 */
final class InLocale {

  private InLocale() {}

  static UserModel of(UserModel user, String locale) {
    if (locale == null || locale.isBlank()) {
      return user;
    }
    return new UserModelDelegate(user) {
      @Override
      public String getFirstAttribute(String name) {
        return UserModel.LOCALE.equals(name) ? locale : super.getFirstAttribute(name);
      }

      @Override
      public Stream<String> getAttributeStream(String name) {
        return UserModel.LOCALE.equals(name) ? Stream.of(locale) : super.getAttributeStream(name);
      }

      @Override
      public Map<String, List<String>> getAttributes() {
        Map<String, List<String>> attributes = new HashMap<>(super.getAttributes());
        attributes.put(UserModel.LOCALE, List.of(locale));
        return attributes;
      }
    };
  }
}
