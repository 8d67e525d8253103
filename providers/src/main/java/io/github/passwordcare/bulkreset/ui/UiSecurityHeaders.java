package io.github.passwordcare.bulkreset.ui;

import jakarta.ws.rs.core.Response;
import org.keycloak.models.RealmModel;

/**
 * Headers of every response of the admin app. The policy allows scripts, styles, fonts and requests
 * from this server only and no inline code, frames, plugins or form posts elsewhere: the page shows
 * one-time passwords, so nothing foreign may run next to them.
 */
final class UiSecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'none'",
          "script-src 'self'",
          "style-src 'self'",
          "font-src 'self'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "form-action 'self'",
          "base-uri 'none'",
          "frame-ancestors 'none'");

  private UiSecurityHeaders() {}

  static void apply(Response.ResponseBuilder builder, RealmModel realm) {
    builder
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Robots-Tag", "none");
    String hsts =
        realm == null ? null : realm.getBrowserSecurityHeaders().get("strictTransportSecurity");
    if (hsts != null && !hsts.isBlank()) {
      builder.header("Strict-Transport-Security", hsts);
    }
  }
}
