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
 * The Password care admin app under {@code /realms/{realm}/password-care/admin/}: public static
 * files from the jar and the app's messages. It holds no secret and changes nothing; the app signs
 * the admin in with keycloak-js and then calls the admin REST API with the admin's token. The bulk
 * reset page's old address {@code bulk-reset-ui/} redirects to the app's bulk reset section.
 */
public class AdminAppResource {

  static final String PAGE = "admin";

  /** Where the bulk reset page was until the admin app replaced it; kept as a redirect. */
  static final String OLD_PAGE = "bulk-reset-ui";

  /** The app's query parameter that picks a section. */
  static final String SECTION = "section";

  private final KeycloakSession session;

  public AdminAppResource(KeycloakSession session) {
    this.session = session;
  }

  /**
   * The app's page. JAX-RS matches this path with and without a trailing slash; the page's relative
   * links need the slash, so a request without it is redirected.
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

  /**
   * The old bulk reset page, with or without the slash (JAX-RS matches both): to the app's bulk
   * reset section, the query string kept ({@code ui_locales}); the browser keeps the fragment (the
   * admin console's preselection), which never reaches the server.
   */
  @GET
  @Path(OLD_PAGE)
  public Response oldPage() {
    URI uri = session.getContext().getUri().getRequestUri();
    String path = uri.getRawPath();
    String query = uri.getRawQuery();
    URI app =
        uri.resolve(
            path.substring(0, path.lastIndexOf("/" + OLD_PAGE))
                + "/"
                + PAGE
                + "/?"
                + SECTION
                + "=bulk-reset"
                + (query == null || query.isEmpty() ? "" : "&" + query));
    return secured(Response.seeOther(app).type(MediaType.TEXT_PLAIN_TYPE), UiAsset.NO_STORE);
  }

  /** The old page's files are gone; answered here so the reply carries the app's headers. */
  @GET
  @Path(OLD_PAGE + "/{file: .+}")
  public Response oldFile() {
    return notFound();
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
