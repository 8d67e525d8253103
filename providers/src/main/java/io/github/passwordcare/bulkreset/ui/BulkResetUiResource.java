package io.github.passwordcare.bulkreset.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;

/**
 * The bulk reset page under {@code /realms/{realm}/password-care/bulk-reset-ui/}: public static
 * files from the jar and the page's messages. It holds no secret and changes nothing; the page
 * signs the admin in with keycloak-js and then calls the admin REST API with the admin's token.
 */
public class BulkResetUiResource {

  static final String PAGE = "bulk-reset-ui";

  private final KeycloakSession session;

  public BulkResetUiResource(KeycloakSession session) {
    this.session = session;
  }

  /**
   * The page. JAX-RS matches this path with and without a trailing slash; the page's relative links
   * need the slash, so a request without it is redirected.
   */
  @GET
  @Path(PAGE)
  public Response index(@Context Request request) {
    URI uri = session.getContext().getUri().getRequestUri();
    if (!uri.getPath().endsWith("/")) {
      URI page =
          session
              .getContext()
              .getUri()
              .getRequestUriBuilder()
              .replacePath(uri.getPath() + "/")
              .build();
      return secured(Response.seeOther(page).type(MediaType.TEXT_PLAIN_TYPE), UiAsset.NO_STORE);
    }
    return asset("index.html", request);
  }

  /** Page text as JSON: {@code {"locale": "nl", "messages": {...}}}. */
  @GET
  @Path(PAGE + "/messages")
  public Response messages(@QueryParam("locale") String requested) {
    Locale locale =
        UiLocales.choose(
            requested,
            session.getContext().getRequestHeaders().getAcceptableLanguages(),
            UiMessages.availableLocales());
    Map<String, Object> body =
        Map.of(
            "locale",
            locale.toLanguageTag(),
            "messages",
            new UiMessages(session).forLocale(locale));
    return secured(
        Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).header("Vary", "Accept-Language"),
        UiAsset.REVALIDATE);
  }

  @GET
  @Path(PAGE + "/{file: .+}")
  public Response file(@PathParam("file") String file, @Context Request request) {
    return asset(file, request);
  }

  private Response asset(String file, Request request) {
    UiAsset asset = UiAsset.load(file).orElse(null);
    if (asset == null) {
      return notFound();
    }
    EntityTag etag = new EntityTag(asset.etag());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    Response.ResponseBuilder builder =
        notModified != null
            ? notModified.type(asset.contentType())
            : Response.ok(asset.bytes()).type(asset.contentType()).tag(etag);
    return secured(builder, asset.cacheControl());
  }

  /**
   * A missing file answers here rather than through Keycloak's error mapper, which would send its
   * own headers: every response of the page carries the page's.
   */
  private Response notFound() {
    return secured(
        Response.status(Response.Status.NOT_FOUND)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("error", "Not found")),
        UiAsset.NO_STORE);
  }

  private Response secured(Response.ResponseBuilder builder, String cacheControl) {
    session.getProvider(SecurityHeadersProvider.class).options().skipHeaders();
    UiSecurityHeaders.apply(builder, session.getContext().getRealm());
    return builder.header("Cache-Control", cacheControl).build();
  }
}
