package io.github.passwordcare.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminAccountsTest {

  private static final Set<String> CLIENT_ROLES =
      Set.of("manage-users", "view-users", "query-users", "query-groups", "manage-realm");

  @Test
  void anAdminRoleNamedInTheSettingsMakesAnAdmin() {
    assertTrue(
        AdminAccounts.namesAnAdminRole(
            Set.of("view-users", "manage-users"), PasswordCareSettings.DEFAULT_ADMIN_ROLES));
  }

  @Test
  void viewAndQueryRolesAloneDoNotMakeAnAdmin() {
    assertFalse(
        AdminAccounts.namesAnAdminRole(
            Set.of("view-users", "query-users", "view-realm"),
            PasswordCareSettings.DEFAULT_ADMIN_ROLES));
  }

  @Test
  void aNarrowerAdminRoleListIsHonoured() {
    assertFalse(AdminAccounts.namesAnAdminRole(Set.of("manage-users"), List.of("realm-admin")));
  }

  @Test
  void masterCallerCoversRolesHeldInTheRealmClient() {
    assertTrue(
        AdminAccounts.coveredThroughMasterClient(
            Set.of("manage-users", "view-users"),
            CLIENT_ROLES,
            Set.of("manage-users", "view-users", "query-users")));
  }

  @Test
  void masterCallerMissingOneRoleIsRefused() {
    assertFalse(
        AdminAccounts.coveredThroughMasterClient(
            Set.of("manage-users", "manage-realm"), CLIENT_ROLES, Set.of("manage-users")));
  }

  @Test
  void realmAdminNeedsEveryRoleOfTheRealmClient() {
    assertFalse(
        AdminAccounts.coveredThroughMasterClient(
            Set.of("realm-admin"), CLIENT_ROLES, Set.of("manage-users", "manage-realm")));
    assertTrue(
        AdminAccounts.coveredThroughMasterClient(
            Set.of("realm-admin"), CLIENT_ROLES, CLIENT_ROLES));
  }

  @Test
  void aRoleWithoutCounterpartIsNotCovered() {
    assertFalse(
        AdminAccounts.coveredThroughMasterClient(
            Set.of("custom-superpower"), CLIENT_ROLES, CLIENT_ROLES));
  }

  @Test
  void aTargetWithoutManagementRolesIsCovered() {
    assertTrue(AdminAccounts.coveredThroughMasterClient(Set.of(), CLIENT_ROLES, Set.of()));
  }
}
