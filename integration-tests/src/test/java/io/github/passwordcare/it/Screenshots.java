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
 * Full-page screenshots from headless Chromium, at one fixed window size so that runs compare, to
 * {@code target/screenshots/<lang>/<name>.png} of this module. Chromium's DevTools capture the
 * whole document, not only the window.
 */
public final class Screenshots {

  public static final Dimension WINDOW = new Dimension(1280, 900);

  private Screenshots() {}

  /** Sets the fixed window size; call once after the browser starts. */
  public static void fixWindow(ChromeDriver driver) {
    driver.manage().window().setSize(WINDOW);
  }

  public static Path take(ChromeDriver driver, String name, String lang) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", Math.max(WINDOW.width, number(size, "width")),
            "height", number(size, "height"),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path file = Path.of("target", "screenshots", lang, name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static int number(Map<String, Object> size, String key) {
    return (int) Math.ceil(((Number) size.get(key)).doubleValue());
  }
}
