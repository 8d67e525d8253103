package io.github.passwordcare.bulkreset;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.security.cert.X509Certificate;
import org.keycloak.http.FormPartValue;
import org.keycloak.http.HttpRequest;

/**
 * The bulk-reset call's URI and headers, captured on the request thread, as the HTTP request of a
 * worker's Keycloak session. A worker thread has no request of its own: code that asks the session
 * for the request URI (for example {@code ResolveRelative}, when Keycloak resolves a client's
 * backchannel logout URL) fails there with "RequestScoped context was not active", so apps were
 * never told of a sign-out (and the session cookie step logged the same error for the client
 * connection, which the sign-out session therefore gets too). Forms and client certificates are not
 * part of a bulk reset: empty.
 */
record CapturedHttpRequest(UriInfo uri, HttpHeaders headers) implements HttpRequest {

  @Override
  public String getHttpMethod() {
    return "POST";
  }

  @Override
  public MultivaluedMap<String, String> getDecodedFormParameters() {
    return new MultivaluedHashMap<>();
  }

  @Override
  public MultivaluedMap<String, FormPartValue> getMultiPartFormParameters() {
    return new MultivaluedHashMap<>();
  }

  @Override
  public HttpHeaders getHttpHeaders() {
    return headers;
  }

  @Override
  public X509Certificate[] getClientCertificateChain() {
    return null;
  }

  @Override
  public UriInfo getUri() {
    return uri;
  }

  @Override
  public boolean isProxyTrusted() {
    return false;
  }
}
