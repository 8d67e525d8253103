package io.github.passwordcare.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page screenshots from headless Chromium, to {@code target/screenshots/<lang>/<name>.png} of
 * this module: 1280 CSS pixels wide at scale 1, as tall as the page (at least 900), so that runs
 * compare. Taken through Chromium's DevTools protocol, which Selenium's ChromeDriver passes on.
 */
public final class Screenshots {

  public static final Dimension WINDOW = new Dimension(1280, 900);

  /** The document's height, or a scrolling element's bottom when that is lower. */
  private static final String CONTENT_HEIGHT =
      "let h = document.documentElement.scrollHeight;"
          + "for (const e of document.querySelectorAll('*')) {"
          + "  const y = getComputedStyle(e).overflowY;"
          + "  if ((y === 'auto' || y === 'scroll') && e.scrollHeight > e.clientHeight) {"
          + "    h = Math.max(h, e.getBoundingClientRect().top + window.scrollY + e.scrollHeight);"
          + "  }"
          + "}"
          + "return Math.ceil(h);";

  private Screenshots() {}

  /** Sets the window size the pages are scanned in; call once after the browser starts. */
  public static void fixWindow(ChromeDriver driver) {
    driver.manage().window().setSize(WINDOW);
  }

  public static Path take(ChromeDriver driver, String name, String lang) {
    // The page is laid out again in a viewport as tall as its content (the admin app scrolls
    // inside its main area, not the document), captured, and given its own size back.
    long height = ((Number) driver.executeScript(CONTENT_HEIGHT)).longValue();
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            WINDOW.width,
            "height",
            Math.max(WINDOW.height, height),
            "deviceScaleFactor",
            1,
            "mobile",
            false));
    try {
      Map<String, Object> shot =
          driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
      Path file = Path.of("target", "screenshots", lang, name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }
}
