package io.github.passwordcare.bulkreset;

import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;

/**
 * Whether the caller of the current request has closed its connection. On Keycloak 26 (Quarkus,
 * RESTEasy Reactive on Vert.x) a write to a closed connection does not fail: the bytes are dropped
 * and the writer never learns, so a streamed bulk reset whose caller pressed Cancel would go on
 * resetting every user. The response itself knows: {@code ServerHttpResponse.closed()}. Taken on
 * the request thread; asked from the thread that writes the answer.
 */
final class CallerConnection {

  private static final Logger LOG = Logger.getLogger(CallerConnection.class);

  private CallerConnection() {}

  /** True once the connection is closed; never true when the server cannot tell. */
  static BooleanSupplier closedCheck() {
    try {
      ResteasyReactiveRequestContext request = CurrentRequestManager.get();
      if (request != null) {
        ServerHttpResponse response = request.serverResponse();
        return response::closed;
      }
    } catch (RuntimeException | LinkageError e) {
      LOG.debugf("Bulk reset: cannot watch the caller's connection (%s)", e.toString());
    }
    LOG.warn(
        "Bulk reset: cannot watch the caller's connection; a cancelled stream runs to its end");
    return () -> false;
  }
}
