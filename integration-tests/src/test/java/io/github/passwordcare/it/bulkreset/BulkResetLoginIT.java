package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.PATH;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.body;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
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
class BulkResetLoginIT extends AbstractPasswordCareIT {

  @InjectWebDriver ManagedWebDriver driver;

  @InjectPage LoginPage loginPage;

  @InjectPage LoginPasswordUpdatePage updatePasswordPage;

  @Test
  void temporaryPasswordLeadsToUpdatePasswordThenTheAccountConsole() throws Exception {
    String id = users().create("login");
    String temporary =
        row(
                json(
                    post(
                            PATH,
                            tokenOf("helpdesk"),
                            body("userIds", List.of(id)),
                            "application/json")
                        .body()),
                id)
            .path("temporaryPassword")
            .asText();

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
