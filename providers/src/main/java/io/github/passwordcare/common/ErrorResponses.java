package io.github.passwordcare.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The one place that builds the {@code {"error": "..."}} bodies of the admin REST API. */
public final class ErrorResponses {

  private ErrorResponses() {}

  public static Response badRequest(String message) {
    return error(Response.Status.BAD_REQUEST, message);
  }

  public static Response forbidden(String message) {
    return error(Response.Status.FORBIDDEN, message);
  }

  public static Response error(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("error", message))
        .build();
  }
}
