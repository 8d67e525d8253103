package io.github.passwordcare.notify;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The event listener {@value #PROVIDER_ID}: a realm turns it on by adding it to its event listeners
 * (Realm settings, Events, Event listeners); the realm's settings decide who is told.
 */
public class NotifyEventListenerProviderFactory implements EventListenerProviderFactory {

  public static final String PROVIDER_ID = "password-care-notify";

  @Override
  public EventListenerProvider create(KeycloakSession session) {
    return new NotifyEventListenerProvider(session);
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
