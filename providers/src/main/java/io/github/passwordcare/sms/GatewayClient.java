package io.github.passwordcare.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP call of the {@code http} and {@code twilio} senders, with the timeouts of {@link
 * GatewayTimeouts} and errors that name the provider and the status only: never the number, the
 * text, a header or the answer's body (a gateway may echo the code back).
 */
final class GatewayClient {

  private final String providerId;
  private final GatewayTimeouts timeouts;
  private final HttpClient client;

  GatewayClient(String providerId, GatewayTimeouts timeouts) {
    this.providerId = providerId;
    this.timeouts = timeouts;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeouts.connect())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  HttpRequest.Builder request(java.net.URI uri) {
    return HttpRequest.newBuilder(uri).timeout(timeouts.read());
  }

  /** Sends the request; returns the answer's body when the status is 2xx. */
  String send(HttpRequest request) throws SmsException {
    CompletableFuture<HttpResponse<String>> answer =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> response;
    try {
      // The request's own timeout ends at the answer's headers; this bounds the body too.
      response = answer.get(timeouts.read().toMillis() + 250, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new SmsException(providerId + " SMS sender: interrupted while sending");
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new GatewayAnswerException(
          providerId + " SMS sender: the gateway answered HTTP " + status, status, response.body());
    }
    return response.body();
  }

  private SmsException failure(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return new SmsException(
          providerId
              + " SMS sender: no connection to the gateway within "
              + timeouts.connect().toMillis()
              + " ms");
    }
    if (cause instanceof java.net.http.HttpTimeoutException) {
      return timedOut();
    }
    if (cause instanceof IOException) {
      return new SmsException(
          providerId
              + " SMS sender: could not reach the gateway ("
              + cause.getClass().getSimpleName()
              + ")");
    }
    return new SmsException(providerId + " SMS sender: sending failed", cause);
  }

  private SmsException timedOut() {
    return new SmsException(
        providerId
            + " SMS sender: the gateway did not answer within "
            + timeouts.read().toMillis()
            + " ms");
  }

  /** A non-2xx answer; the body stays here for the sender to pick a safe detail from. */
  static final class GatewayAnswerException extends SmsException {
    private final int status;
    private final transient String body;

    GatewayAnswerException(String message, int status, String body) {
      super(message);
      this.status = status;
      this.body = body;
    }

    int status() {
      return status;
    }

    String body() {
      return body == null ? "" : body;
    }
  }
}
