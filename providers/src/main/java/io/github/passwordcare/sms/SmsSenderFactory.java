package io.github.passwordcare.sms;

import org.keycloak.provider.ProviderFactory;

/**
 * Factory of an {@link SmsSender}; one per provider id ({@code log}, {@code http}, {@code twilio}).
 */
public interface SmsSenderFactory extends ProviderFactory<SmsSender> {}
