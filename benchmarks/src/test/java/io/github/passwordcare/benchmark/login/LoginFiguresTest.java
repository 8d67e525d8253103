package io.github.passwordcare.benchmark.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginFiguresTest {

  @Test
  void medianBestAndEveryRound() {
    List<LoginRound> rounds =
        List.of(
            new LoginRound("ours", 300, 15.0),
            new LoginRound("ours", 330, 15.0),
            new LoginRound("ours", 150, 15.0));
    assertEquals(20.0, LoginRound.median(rounds), 1e-9);
    assertEquals(22.0, LoginRound.best(rounds), 1e-9);
    assertEquals("20.0 / 22.0 / 10.0", LoginRound.each(rounds));
    assertEquals(
        15.0,
        LoginRound.median(List.of(new LoginRound("a", 10, 1), new LoginRound("a", 20, 1))),
        1e-9);
    assertEquals(0.0, LoginRound.median(List.of()), 1e-9);
  }

  @Test
  void verdictAgainstNinetyFivePercent() {
    assertTrue(LoginRound.verdict("x", 19.0, 20.0).contains("0.950 (target >= 0.95)  PASS"));
    assertTrue(LoginRound.verdict("x", 18.9, 20.0).contains("MISS"));
    assertTrue(LoginRound.verdict("x", 5.0, 0.0).contains("MISS"));
  }

  @Test
  void stockListenersDropOnlyOurs() throws Exception {
    assertEquals(
        List.of("jboss-logging", "email"),
        LoginSetup.stockListeners(
            new ObjectMapper()
                .readTree("[\"jboss-logging\", \"password-care-notify\", \"email\"]")));
  }

  @Test
  void stockPolicyDropsOnlyOurPolicies() {
    assertEquals(
        "length(12) and passwordHistory(3)",
        LoginSetup.stockPolicy(
            "length(12) and passwordHistory(3) and password-care-expiry(90) and"
                + " password-care-expiry-notice(14)"));
    assertEquals("", LoginSetup.stockPolicy(""));
  }

  @Test
  void formActionCookiesAndCodeRedirect() {
    String html =
        "<form id=\"kc-form-login\" action=\"http://localhost:8380/realms/r/login-actions/"
            + "authenticate?session_code=a&amp;execution=b&amp;client_id=c\" method=\"post\">";
    assertEquals(
        "http://localhost:8380/realms/r/login-actions/authenticate?session_code=a&execution=b"
            + "&client_id=c",
        BrowserLogin.formAction(html));
    assertNull(BrowserLogin.formAction("<form action=\"/elsewhere\">"));
    assertNull(BrowserLogin.formAction(null));
    assertEquals(
        "AUTH_SESSION_ID=abc.node; KC_RESTART=xyz",
        BrowserLogin.cookies(
            List.of("AUTH_SESSION_ID=abc.node; Path=/realms/r/; HttpOnly", "KC_RESTART=xyz")));
    String callback = BrowserLogin.REDIRECT_URI;
    assertTrue(BrowserLogin.isCodeRedirect(callback + "?state=bench&session_state=s&code=123"));
    assertFalse(BrowserLogin.isCodeRedirect(callback + "?error=access_denied&state=bench"));
    assertFalse(BrowserLogin.isCodeRedirect("http://evil.example/?code=1"));
  }
}
