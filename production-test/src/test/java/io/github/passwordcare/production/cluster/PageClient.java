package io.github.passwordcare.production.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light page client for the load test (JDK HttpClient, no HTML engine: fifty of them must not eat
 * the CPU the two nodes need). It finds a form's action by the form's id, sends every request to
 * the node it is told, and reports each request's status and time to a {@link LoadFigures}. Its
 * cookie jar is a plain map sent back whole, redirects followed by hand so that every hop's cookies
 * count: with the JDK's CookieManager the reset link answered 400 on the other node.
 */
final class PageClient {

  private static final Pattern RESET_LINK =
      Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final LoadFigures figures;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String page = "";

  PageClient(LoadFigures figures) {
    this.figures = figures;
  }

  /** The sign-in page, then "Forgot password?": true when the username form is there. */
  boolean forgotPassword(TwoNodeCluster.Node node) {
    String realm = "/realms/" + TwoNodeCluster.REALM;
    String account = node.baseUrl() + realm + "/account/";
    get(
        node,
        realm
            + "/protocol/openid-connect/auth?client_id=account-console&response_type=code"
            + "&scope=openid&state=s1&nonce=n1&code_challenge_method=S256"
            + "&code_challenge=8qcm0QNlmx5nhpKAQp6Vx_ZQlSv9xaS_6-9ArxzKEgo&ui_locales=en"
            + "&redirect_uri="
            + URLEncoder.encode(account, StandardCharsets.UTF_8));
    Matcher link = RESET_LINK.matcher(page);
    if (!link.find()) {
      return false;
    }
    // The link on the node that drew the page; the steps after it may go anywhere.
    get(node, pathOf(link.group(1)));
    return has("kc-reset-password-form");
  }

  /** Posts {@code fields} (name, value, name, value...) to the form {@code formId}. */
  boolean post(TwoNodeCluster.Node node, String formId, String... fields) {
    String action = actionOf(formId);
    if (action == null) {
      return false;
    }
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      if (form.length() > 0) {
        form.append('&');
      }
      form.append(fields[i])
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    send(
        node,
        HttpRequest.newBuilder(URI.create(node.baseUrl() + pathOf(action)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    return true;
  }

  boolean has(String id) {
    return page.contains("id=\"" + id + "\"");
  }

  boolean says(String text) {
    return page.contains(text);
  }

  private void get(TwoNodeCluster.Node node, String path) {
    send(node, HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).GET());
  }

  private void send(TwoNodeCluster.Node node, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = exchange(node, request);
      for (int hop = 0; hop < 5 && response.statusCode() / 100 == 3; hop++) {
        String location = response.headers().firstValue("Location").orElse("");
        response =
            exchange(node, HttpRequest.newBuilder(URI.create(node.baseUrl() + pathOf(location))));
      }
      page = response.body();
    } catch (IOException e) {
      figures.error(node, e);
      page = "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      page = "";
    }
  }

  private HttpResponse<String> exchange(TwoNodeCluster.Node node, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach((name, value) -> header.append(name).append('=').append(value).append("; "));
      request.header("Cookie", header.toString());
    }
    long begin = System.nanoTime();
    HttpResponse<String> response =
        CLIENT.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    figures.request(node, response.statusCode(), System.nanoTime() - begin);
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq < 1) {
        continue;
      }
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      if (value.isEmpty() || set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }

  private String actionOf(String formId) {
    Matcher form =
        Pattern.compile("<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(page);
    if (!form.find()) {
      return null;
    }
    Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(form.group());
    return action.find() ? action.group(1) : null;
  }

  /** The path and query of a page's URL (the node is chosen per request), entities decoded. */
  private static String pathOf(String url) {
    String decoded = url.replace("&amp;", "&");
    URI uri = URI.create(decoded);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }
}
