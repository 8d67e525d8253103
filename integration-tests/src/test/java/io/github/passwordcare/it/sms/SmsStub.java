package io.github.passwordcare.it.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.util.JsonSerialization;

/**
 * The SMS gateway of the test server: the {@code http} sender posts to {@link #URL} (see {@code
 * PasswordCareServerConfig}) with the default body {@code {"to": "...", "text": "..."}} and the
 * header {@code X-Api-Key: }{@link #API_KEY}. The stub records each text per phone number, and can
 * be told to answer 500 or to hang past the server's read timeout ({@link #READ_TIMEOUT_MILLIS}).
 *
 * <p>Fixed port {@value #PORT}: the server's options are set once per run, before any test starts
 * the stub. Nothing else of the test run listens there (Keycloak 8080/9000, GreenMail 3025). Start
 * one per test class ({@code try}-with-resources or {@code @BeforeAll}/{@code @AfterAll}); sends
 * that happen while no stub runs fail like an unreachable gateway.
 */
public final class SmsStub implements AutoCloseable {

  public static final int PORT = 3026;
  public static final String URL = "http://127.0.0.1:" + PORT + "/sms";
  public static final String API_KEY = "sms-stub-api-key-5f1c2a";
  public static final int READ_TIMEOUT_MILLIS = 2000;

  /** The first run of 6 to 10 digits in a text: the one-time code. */
  private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6,10})(?![0-9])");

  /** What the gateway received. */
  public record Text(String phone, String text, String apiKey) {}

  public enum Mode {
    ACCEPT,
    FAIL_500,
    HANG
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, List<Text>> texts = new ConcurrentHashMap<>();
  private final List<String> rejected = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile Mode mode = Mode.ACCEPT;

  public SmsStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("SMS stub: port " + PORT + " is taken", e);
    }
    server.setExecutor(executor);
    server.createContext("/sms", this::handle);
    server.start();
  }

  /** How the stub answers from now on. */
  public SmsStub mode(Mode mode) {
    this.mode = mode;
    return this;
  }

  /** Texts received for a number (E.164), oldest first; answered 500 or hung ones included. */
  public List<Text> textsTo(String phone) {
    return List.copyOf(texts.getOrDefault(phone, List.of()));
  }

  /** Bodies the stub could not read as {@code {"to", "text"}}: a test expects none. */
  public List<String> rejected() {
    return List.copyOf(rejected);
  }

  /** Waits for the {@code count}-th text to a number (sends happen off the request thread). */
  public Text awaitText(String phone, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<Text> received = textsTo(phone);
      if (received.size() >= count) {
        return received.get(count - 1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "no text number "
            + count
            + " to "
            + phone
            + " within "
            + timeout
            + " (got "
            + textsTo(phone).size()
            + ")");
  }

  /** The one-time code in a text. */
  public static Optional<String> codeIn(Text text) {
    Matcher matcher = CODE.matcher(text.text());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  public void clear() {
    texts.clear();
    rejected.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      try {
        JsonNode json = JsonSerialization.readValue(body, JsonNode.class);
        String phone = json.path("to").asText("");
        texts
            .computeIfAbsent(phone, p -> new CopyOnWriteArrayList<>())
            .add(
                new Text(
                    phone,
                    json.path("text").asText(""),
                    exchange.getRequestHeaders().getFirst("X-Api-Key")));
      } catch (IOException e) {
        rejected.add(body);
        send(exchange, 400, "{\"error\": \"not JSON\"}");
        return;
      }
      switch (mode) {
        case ACCEPT -> send(exchange, 200, "{\"status\": \"queued\"}");
        case FAIL_500 -> send(exchange, 500, "{\"error\": \"stub told to fail\"}");
        case HANG -> {
          // Past the server's read timeout; released at close.
          closing.await(READ_TIMEOUT_MILLIS * 3L, java.util.concurrent.TimeUnit.MILLISECONDS);
          send(exchange, 200, "{\"status\": \"late\"}");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The sender gave up (timeout) and closed the connection: expected in HANG mode.
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] out = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, out.length);
    exchange.getResponseBody().write(out);
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
