package io.github.passwordcare.benchmark.signin;

import io.github.passwordcare.benchmark.AdminApi;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One user signing in with the password grant at a fixed rate (open loop: a slow answer does not
 * delay the next sign-in, as with real users), timing each answer. Each sign-in costs the server
 * one password hash comparison, like a real one. The password is never printed.
 */
final class SignInSampler {

  private static final String USER = "signin-probe";

  private final HttpClient http;
  private final URI tokenEndpoint;
  private final String form;
  private final Duration interval;

  SignInSampler(
      HttpClient http, URI baseUrl, String realm, String user, String password, Duration interval) {
    this.http = http;
    this.tokenEndpoint = baseUrl.resolve("/realms/" + realm + "/protocol/openid-connect/token");
    this.form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    this.interval = interval;
  }

  /**
   * A sampler for a new user of the realm with a complete profile (Keycloak 26 asks for missing
   * required attributes at sign-in, which the password grant cannot answer) and this password.
   */
  static SignInSampler forNewUser(AdminApi api, String realm, String password, Duration interval)
      throws IOException, InterruptedException {
    Map<String, Object> user =
        Map.of(
            "username",
            USER,
            "enabled",
            true,
            "email",
            USER + "@bench.localhost",
            "emailVerified",
            true,
            "firstName",
            "Sign",
            "lastName",
            "In");
    AdminApi.Reply set = api.resetPassword(realm, api.importUser(realm, user), password, false);
    if (!set.ok()) {
      throw new IOException("could not set the sign-in user's password: HTTP " + set.status());
    }
    return new SignInSampler(api.http(), api.baseUrl(), realm, USER, password, interval);
  }

  /** Signs in every interval for the given time. */
  Latencies sampleFor(Duration window) throws Exception {
    return sampleWhile(() -> Thread.sleep(window.toMillis()));
  }

  /** Signs in every interval while {@code work} runs (e.g. one bulk reset call). */
  Latencies sampleWhile(Work work) throws Exception {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    List<CompletableFuture<Double>> pending = new ArrayList<>();
    ScheduledFuture<?> ticks =
        timer.scheduleAtFixedRate(
            () -> {
              synchronized (pending) {
                pending.add(signIn());
              }
            },
            0,
            interval.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      work.run();
    } finally {
      ticks.cancel(false);
      timer.shutdown();
      timer.awaitTermination(5, TimeUnit.SECONDS);
    }
    List<Double> millis = new ArrayList<>();
    int failed = 0;
    synchronized (pending) {
      for (CompletableFuture<Double> sample : pending) {
        Double ms = sample.get(60, TimeUnit.SECONDS);
        if (ms == null) {
          failed++;
        } else {
          millis.add(ms);
        }
      }
    }
    return new Latencies(millis, failed);
  }

  /** Milliseconds until a 200 token answer; null when the sign-in failed. */
  private CompletableFuture<Double> signIn() {
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    long start = System.nanoTime();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, error) ->
                error == null && response.statusCode() == 200
                    ? (System.nanoTime() - start) / 1e6
                    : null);
  }

  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }
}
