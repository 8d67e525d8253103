package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** Methods by their form/settings value, in the one order pages list them. */
final class SsprMethods {

  private SsprMethods() {}

  static Optional<SsprMethod> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return Arrays.stream(SsprMethod.values()).filter(m -> m.value().equals(value)).findFirst();
  }

  static String join(Collection<SsprMethod> methods) {
    return methods.stream().map(SsprMethod::value).collect(Collectors.joining(","));
  }
}
