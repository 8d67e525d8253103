package io.github.passwordcare.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for tests that need JavaScript (the framework's own web driver is
 * HtmlUnit). Uses the Debian packages {@code chromium} and {@code chromium-driver}; other paths
 * through {@code -Dpassword-care.chromium=...} and {@code -Dpassword-care.chromedriver=...}.
 * Selenium comes with keycloak-test-framework-ui, so its version matches the framework's.
 */
public final class HeadlessChromium {

  static final Path CHROMIUM =
      Path.of(System.getProperty("password-care.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("password-care.chromedriver", "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  /**
   * Skips the calling test, with a notice on the console, when Chromium is not installed; fails it
   * instead when the environment variable {@code CI} is {@code true}, so a CI build can never pass
   * with its real-browser tests quietly left out.
   */
  public static void assumeInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
      return;
    }
    String missing =
        "this test drives a real headless Chromium, but "
            + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM)
            + " is missing. Install it with: apt-get update && apt-get install -y chromium"
            + " chromium-driver (or point -Dpassword-care.chromium / -Dpassword-care.chromedriver"
            + " at your binaries).";
    if (onCi()) {
      Assertions.fail("CI=true and " + missing + " On CI a missing browser fails the build.");
    }
    String notice = "SKIPPED: " + missing;
    System.out.println(notice);
    Assumptions.abort(notice);
  }

  static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** A fresh browser: its own profile directory, downloads saved to {@code downloads}. */
  public static ChromeDriver start(Path profile, Path downloads, String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024",
        "--lang=" + language,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .build();
    return new ChromeDriver(service, options);
  }
}
