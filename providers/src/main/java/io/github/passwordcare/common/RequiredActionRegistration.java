package io.github.passwordcare.common;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Keycloak runs a required action only where it is registered and enabled, and a new realm lists
 * only the built-in ones. Our required actions (the expiry warning, the recovery-contacts page) are
 * therefore registered, enabled, in every existing realm once the server has started and in each
 * realm when it is created or imported. Idempotent (restarts, several nodes); a realm that already
 * has the action (an admin disabled it, or the realm's JSON lists it) keeps it exactly as it is.
 *
 * @param providerId the required action's id, also its alias
 * @param name the name the admin console lists
 */
public record RequiredActionRegistration(String providerId, String name) {

  private static final Logger LOG = Logger.getLogger(RequiredActionRegistration.class);

  /** Registers the action in every realm, one transaction per realm. */
  public void registerEverywhere(KeycloakSessionFactory factory) {
    List<String> realmIds =
        KeycloakModelUtils.runJobInTransactionWithResult(
            factory, session -> session.realms().getRealmsStream().map(RealmModel::getId).toList());
    for (String realmId : realmIds) {
      try {
        KeycloakModelUtils.runJobInTransaction(
            factory, session -> register(session.realms().getRealm(realmId)));
      } catch (ModelDuplicateException e) {
        LOG.debugf("%s already registered in realm %s", providerId, realmId);
      }
    }
  }

  /** Registers the action in {@code realm}, last in order, unless the realm has it already. */
  public void register(RealmModel realm) {
    if (realm == null || realm.getRequiredActionProviderByAlias(providerId) != null) {
      return;
    }
    RequiredActionProviderModel action = new RequiredActionProviderModel();
    action.setAlias(providerId);
    action.setProviderId(providerId);
    action.setName(name);
    action.setEnabled(true);
    action.setDefaultAction(false);
    action.setPriority(
        realm
                .getRequiredActionProvidersStream()
                .mapToInt(RequiredActionProviderModel::getPriority)
                .max()
                .orElse(0)
            + 10);
    realm.addRequiredActionProvider(action);
  }
}
