package io.github.passwordcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** A demo user signs in to the account console of the demo realm (HtmlUnit). */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class AccountLoginIT extends AbstractPasswordCareIT {

  @InjectWebDriver ManagedWebDriver driver;

  @InjectPage LoginPage loginPage;

  @Test
  void demoUserSignsInToTheAccountConsole() {
    AccountConsoleLogin.open(driver, urls);

    assertThat(driver.driver().getPageSource()).contains("kc-form-login");
    loginPage.fillLogin("alice", DEMO_PASSWORD);
    loginPage.submit();

    assertThat(driver.getCurrentUrl())
        .startsWith(AccountConsoleLogin.accountUrl(urls))
        .contains("code=")
        .doesNotContain("error=");
  }
}
