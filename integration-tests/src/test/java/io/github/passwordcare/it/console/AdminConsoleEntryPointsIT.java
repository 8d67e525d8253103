package io.github.passwordcare.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.RecoveryCheckFixture;
import io.github.passwordcare.it.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.config.Config;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The password-care admin theme's entry points in Keycloak's real admin console, in a real browser.
 * They hang on data-testids of the console's markup, so this is the test that fails first when a
 * Keycloak upgrade moves them (docs/admin-console.md says what to do then).
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class AdminConsoleEntryPointsIT extends AbstractPasswordCareIT {

  private static final String THEME = "password-care";

  private ConsoleBrowser console;
  private String masterAdminTheme;
  private boolean masterAdminThemeChanged;

  @TempDir Path profile;
  @TempDir Path downloads;

  /** The master realm's console gets our theme the way ./run.sh gives it: master's admin theme. */
  @BeforeEach
  void masterConsoleUsesOurTheme() {
    HeadlessChromium.assumeInstalled();
    masterAdminTheme = admin.realm("master").toRepresentation().getAdminTheme();
    setMasterAdminTheme(THEME);
    masterAdminThemeChanged = true;
  }

  @AfterEach
  void restoreMasterAdminTheme() {
    if (console != null) {
      console.quit();
    }
    if (masterAdminThemeChanged) {
      // "" is what an unset theme means to Keycloak: the server's default.
      setMasterAdminTheme(masterAdminTheme == null ? "" : masterAdminTheme);
    }
  }

  @Test
  void masterAdminResetsExactlyTheCheckedUsers() {
    String prefix = TestUsers.unique("console");
    List<String> ids = Stream.of("a", "b", "c").map(s -> users().create(prefix + s)).toList();
    List<String> names = ids.stream().map(users()::username).toList();
    List<String> checked = names.subList(0, 2);

    console = ConsoleBrowser.open(HeadlessChromium.start(profile, downloads, "en"), urls.getBase());
    signInAsMasterAdminToDemoUsers();

    WebElement nav = console.navEntry();
    assertThat(nav.getText()).isEqualTo(bundle("en").getProperty("passwordCareConsoleNav"));
    assertThat(nav.getAttribute("href"))
        .isEqualTo(urls.getBase() + "/realms/master/password-care/admin/#realm=" + DEMO_REALM);
    WebElement reset = console.resetButton();
    assertThat(reset.getText())
        .isEqualTo(bundle("en").getProperty("passwordCareConsoleResetUsers"));

    WebElement search = console.find(By.cssSelector("[data-testid='table-search-input'] input"));
    search.sendKeys(prefix, Keys.ENTER);
    console.waitForUserRows(names);
    checked.forEach(console::checkUser);
    assertThat(console.scriptErrors()).isEmpty();
    console.resetButton().click();

    console.waitForPageForm();
    assertThat(console.currentUrl())
        .as("the fragment is read and cleared")
        .isEqualTo(urls.getBase() + "/realms/master/password-care/admin/?section=bulk-reset");
    assertThat(console.value(By.id("realm"))).isEqualTo(DEMO_REALM);
    assertThat(console.find(By.cssSelector("input[name=selectBy][value=selected]")).isSelected())
        .isTrue();
    assertThat(console.texts(By.cssSelector("#selected-users li")))
        .containsExactlyInAnyOrderElementsOf(checked);

    console.find(By.id("preview")).click();
    assertThat(console.previewUsernames(checked.size()))
        .containsExactlyInAnyOrderElementsOf(checked);
    console.screenshot(Path.of("target", "screenshots", "bulk-reset-preselected.png"));
    assertThat(console.scriptErrors()).isEmpty();
  }

  @Test
  void realmAdminSeesTheEntryPointsInDutchInTheRealmsOwnConsole() {
    String username = users().username(demoAdmin("console-nl-admin", "realm-admin", "nl"));

    console = ConsoleBrowser.open(HeadlessChromium.start(profile, downloads, "nl"), urls.getBase());
    console.signIn(DEMO_REALM, "#/" + DEMO_REALM + "/users", username, DEMO_PASSWORD);

    WebElement nav = console.navEntry();
    console.waitForText(nav, bundle("nl").getProperty("passwordCareConsoleNav"));
    assertThat(nav.getAttribute("href"))
        .isEqualTo(urls.getBase() + "/realms/" + DEMO_REALM + "/password-care/admin/");
    console.waitForText(
        console.resetButton(), bundle("nl").getProperty("passwordCareConsoleResetUsers"));
    console.screenshot(Path.of("target", "screenshots", "admin-console-entry-points-nl.png"));
    assertThat(console.scriptErrors()).isEmpty();
  }

  @Test
  void pagesWithoutTheUsersListStayAsKeycloakShipsThem() {
    console = ConsoleBrowser.open(HeadlessChromium.start(profile, downloads, "en"), urls.getBase());
    signInAsMasterAdminToDemoUsers();
    console.resetButton();
    console.screenshot(Path.of("target", "screenshots", "admin-console-entry-points.png"));

    // Client-side navigation to a page without "Add user": the button goes with the Users list,
    // the navigation entry stays, and nothing throws.
    console.find(By.cssSelector("[data-testid='nav-item-realm-settings']")).click();
    console.waitForGone(By.cssSelector("[data-testid='add-user']"));
    console.waitForGone(By.cssSelector("[data-testid='password-care-reset-users']"));
    assertThat(console.all(By.cssSelector("[data-testid='password-care-nav']"))).hasSize(1);

    // And back: each entry point once, however often the console re-renders.
    console.find(By.cssSelector("[data-testid='nav-item-users']")).click();
    console.resetButton();
    assertThat(console.all(By.cssSelector("[data-testid='password-care-reset-users']"))).hasSize(1);
    assertThat(console.all(By.cssSelector("[data-testid='password-care-nav']"))).hasSize(1);
    assertThat(console.scriptErrors()).isEmpty();

    // The collector above does see errors: this assertion could fail.
    // (Chromium reports an error of driver-injected code as "Script error.", without its text.)
    console.throwProbeError("password-care probe");
    assertThat(console.scriptErrors()).hasSize(1);
  }

  @Test
  void adminsWhoMayNotSeeUsersGetNoEntryPoints() {
    String username = users().username(demoAdmin("console-realm-viewer", "view-realm", "en"));

    console = ConsoleBrowser.open(HeadlessChromium.start(profile, downloads, "en"), urls.getBase());
    console.signIn(DEMO_REALM, "#/" + DEMO_REALM + "/realm-settings", username, DEMO_PASSWORD);

    // The console hides "Users" from them; without that anchor our entry stays out too.
    console.find(By.cssSelector("[data-testid='nav-item-realm-settings']"));
    assertThat(console.all(By.cssSelector("[data-testid='nav-item-users']"))).isEmpty();
    console.waitForTextsLoaded();
    assertThat(console.all(By.cssSelector("[data-testid='password-care-nav']"))).isEmpty();
    assertThat(console.all(By.cssSelector("[data-testid='password-care-reset-users']"))).isEmpty();
    assertThat(console.scriptErrors()).isEmpty();
  }

  private void setMasterAdminTheme(String theme) {
    RealmRepresentation update = new RealmRepresentation();
    update.setAdminTheme(theme);
    admin.realm("master").update(update);
  }

  /** A new demo-realm user with one realm-management role and a chosen language. */
  private String demoAdmin(String prefix, String role, String locale) {
    RealmResource demo = admin.realm(DEMO_REALM);
    String id = users().create(prefix);
    String clientId = demo.clients().findByClientId("realm-management").get(0).getId();
    RoleRepresentation granted = demo.clients().get(clientId).roles().get(role).toRepresentation();
    demo.users().get(id).roles().clientLevel(clientId).add(List.of(granted));
    UserRepresentation user = demo.users().get(id).toRepresentation();
    user.singleAttribute("locale", locale);
    // Admins need two recovery methods, or the recovery check at sign-in shows its page first.
    RecoveryCheckFixture.ensureRequiredActionRegistered(demo);
    RecoveryCheckFixture.addSecondMethod(user);
    demo.users().get(id).update(user);
    return id;
  }

  /** The admin theme's message bundle, from the theme jar the server runs. */
  private static Properties bundle(String locale) {
    Properties properties = new Properties();
    String name = "/theme/password-care/admin/messages/messages_" + locale + ".properties";
    try (InputStream in = AdminConsoleEntryPointsIT.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** The master admin in the master console, on the demo realm's Users list. */
  private void signInAsMasterAdminToDemoUsers() {
    console.signIn(
        "master",
        "#/" + DEMO_REALM + "/users",
        Config.getAdminUsername(),
        Config.getAdminPassword());
  }
}
