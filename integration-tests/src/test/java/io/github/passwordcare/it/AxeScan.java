package io.github.passwordcare.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An accessibility scan of the page a real browser shows, with axe-core (the npm tarball pinned by
 * hash in this module's POM, path in {@code -Dpassword-care.axe}). Injected through Selenium, so
 * the pages' strict CSP stays as it is. Every scan's full result goes to {@code
 * target/axe/<page>-<lang>.json}; serious and critical violations are collected, minus the waived
 * ones (one rule on one element each, with the reason), and {@link #assertNone} fails listing them.
 */
public final class AxeScan {

  /** A violation we cannot fix: Keycloak's stock markup, not ours. Never a whole rule. */
  public record Waiver(String rule, String target, String why) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FAILING = Set.of("serious", "critical");
  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {resultTypes: ['violations']})"
          + ".then(r => done(JSON.stringify(r)))"
          + ".catch(e => done(JSON.stringify({error: String(e)})));";

  private final List<Waiver> waivers;
  private final List<String> found = new ArrayList<>();
  private String source;

  public AxeScan(List<Waiver> waivers) {
    this.waivers = List.copyOf(waivers);
  }

  /** Scans the page shown now; remembers its serious/critical violations as {@code page-lang}. */
  public void scan(WebDriver driver, String page, String lang) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    js.executeScript(axeSource());
    String result = String.valueOf(js.executeAsyncScript(RUN));
    write(Path.of("target", "axe", page + "-" + lang + ".json"), result);
    try {
      JsonNode root = JSON.readTree(result);
      if (root.has("error")) {
        found.add(page + "-" + lang + ": axe failed: " + root.path("error").asText());
        return;
      }
      for (JsonNode violation : root.path("violations")) {
        if (!FAILING.contains(violation.path("impact").asText())) {
          continue;
        }
        String rule = violation.path("id").asText();
        for (JsonNode node : violation.path("nodes")) {
          String target = target(node);
          if (waivers.stream().noneMatch(w -> w.rule().equals(rule) && w.target().equals(target))) {
            found.add(
                "%s-%s: %s (%s) at %s, see %s"
                    .formatted(
                        page,
                        lang,
                        rule,
                        violation.path("impact").asText(),
                        target,
                        violation.path("helpUrl").asText()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails listing every serious or critical violation found so far that no waiver covers. */
  public void assertNone() {
    if (!found.isEmpty()) {
      Assertions.fail(
          found.size()
              + " serious/critical accessibility violation(s) (full results in target/axe/):\n"
              + String.join("\n", found));
    }
  }

  /** axe's target: CSS selectors, one per frame/shadow level, joined by " >>> ". */
  private static String target(JsonNode node) {
    List<String> parts = new ArrayList<>();
    node.path("target").forEach(t -> parts.add(t.isTextual() ? t.asText() : t.toString()));
    return String.join(" >>> ", parts);
  }

  private String axeSource() {
    if (source == null) {
      Path path =
          Path.of(System.getProperty("password-care.axe", "target/axe-core/package/axe.min.js"));
      try {
        source = Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core is missing at " + path + " (the POM downloads it at generate-test-resources)",
            e);
      }
    }
    return source;
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
