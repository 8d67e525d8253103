package io.github.passwordcare.production.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in SMS gateway for both nodes' {@code http} sender (JDK HttpServer on 127.0.0.1): it
 * records every request body and answers as told: 200, 500, or not at all until the sender's read
 * timeout has long passed.
 */
public final class SmsGateway implements AutoCloseable {

  /** How the gateway answers. */
  public enum Mode {
    OK,
    FAIL,
    HANG
  }

  private final HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private volatile Mode mode = Mode.OK;

  private SmsGateway(HttpServer server) {
    this.server = server;
  }

  static SmsGateway start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    SmsGateway gateway = new SmsGateway(server);
    server.createContext("/sms", gateway::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    return gateway;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
  }

  public void mode(Mode mode) {
    this.mode = mode;
  }

  /** Request bodies received so far (JSON with {@code to} and {@code text}). */
  public List<String> received() {
    return List.copyOf(bodies);
  }

  /** Bodies sent to {@code e164}. */
  public List<String> to(String e164) {
    return bodies.stream().filter(b -> b.contains("\"" + e164 + "\"")).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Mode now = mode;
      if (now == Mode.HANG) {
        try {
          Thread.sleep(TwoNodeCluster.SMS_READ_TIMEOUT_MILLIS * 4L);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      int status = now == Mode.OK ? 200 : 500;
      byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
