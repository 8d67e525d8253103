package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.page.LoginPasswordUpdatePage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** A generated temporary password signs the user in and asks for a new password first. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetLoginIT extends AbstractBulkResetIT {

  @InjectWebDriver ManagedWebDriver driver;

  @InjectPage LoginPage loginPage;

  @InjectPage LoginPasswordUpdatePage updatePasswordPage;

  @Test
  void temporaryPasswordLeadsToUpdatePasswordThenTheAccountConsole() throws Exception {
    String id = users().create("login");
    String temporary =
        row(reset("helpdesk", "userIds", List.of(id)), id).path("temporaryPassword").asText();

    AccountConsoleLogin.open(driver, urls);
    loginPage.fillLogin(users().username(id), temporary);
    loginPage.submit();

    assertThat(driver.driver().getPageSource()).contains("password-new");
    updatePasswordPage.changePassword("Chosen-By-User-77", "Chosen-By-User-77");
    assertThat(driver.getCurrentUrl())
        .startsWith(AccountConsoleLogin.accountUrl(urls))
        .contains("code=");
    assertThat(users().get(id).getRequiredActions()).isEmpty();
  }
}
