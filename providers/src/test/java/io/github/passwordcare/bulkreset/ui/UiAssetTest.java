package io.github.passwordcare.bulkreset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiAssetTest {

  @Test
  void knownFilesHaveTheirContentType() {
    assertThat(UiAsset.contentTypeOf("index.html")).isEqualTo("text/html; charset=utf-8");
    assertThat(UiAsset.contentTypeOf("js/app.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(UiAsset.contentTypeOf("app.css")).isEqualTo("text/css; charset=utf-8");
    assertThat(UiAsset.contentTypeOf("vendor/lib/keycloak.js")).startsWith("text/javascript");
    assertThat(UiAsset.contentTypeOf("vendor/patternfly/patternfly-base.css"))
        .startsWith("text/css");
    assertThat(
            UiAsset.contentTypeOf(
                "vendor/patternfly/assets/fonts/RedHatText/RedHatText-Regular.woff2"))
        .isEqualTo("font/woff2");
  }

  @Test
  void pathsOutsideThePageOrOfUnknownKindAreRefused() {
    assertThat(UiAsset.contentTypeOf("../password-care.properties")).isNull();
    assertThat(UiAsset.contentTypeOf("js/../../x.js")).isNull();
    assertThat(UiAsset.contentTypeOf("/etc/passwd.txt")).isNull();
    assertThat(UiAsset.contentTypeOf("js//app.js")).isNull();
    assertThat(UiAsset.contentTypeOf("js/.hidden.js")).isNull();
    assertThat(UiAsset.contentTypeOf(".../x.js")).isNull();
    assertThat(UiAsset.contentTypeOf("messages.properties")).isNull();
    assertThat(UiAsset.contentTypeOf("App.JS")).isNull();
    assertThat(UiAsset.contentTypeOf(null)).isNull();
  }

  @Test
  void thePageAndItsScriptsAreInTheJar() {
    assertThat(UiAsset.load("index.html"))
        .get()
        .satisfies(a -> assertThat(a.cacheControl()).isEqualTo("no-store"));
    assertThat(UiAsset.load("js/app.js"))
        .get()
        .satisfies(a -> assertThat(a.cacheControl()).isEqualTo("no-cache"));
    assertThat(UiAsset.load("vendor/lib/keycloak.js")).isPresent();
    assertThat(UiAsset.load("missing.js")).isEmpty();
  }

  /** The PatternFly files the page links are in the jar, and every font their CSS names is too. */
  @Test
  void everyStylesheetThePageLinksIsInTheJar() throws Exception {
    String html = new String(UiAsset.load("index.html").orElseThrow().bytes(), "UTF-8");
    var links = java.util.regex.Pattern.compile("href=\"([^\"]+\\.css)\"").matcher(html);
    int count = 0;
    while (links.find()) {
      assertThat(UiAsset.load(links.group(1))).as(links.group(1)).isPresent();
      count++;
    }
    assertThat(count).isGreaterThan(10);
    for (String font :
        java.util.List.of(
            "RedHatText/RedHatText-Regular.woff2",
            "RedHatText/RedHatText-Medium.woff2",
            "RedHatDisplay/RedHatDisplay-Medium.woff2")) {
      assertThat(UiAsset.load("vendor/patternfly/assets/fonts/" + font)).as(font).isPresent();
    }
  }

  @Test
  void thePageRunsNoInlineScriptOrStyle() throws Exception {
    String html = new String(UiAsset.load("index.html").orElseThrow().bytes(), "UTF-8");
    assertThat(html)
        .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
        .doesNotContain("style=")
        .doesNotContain(" on");
  }

  @Test
  void etagChangesWithTheContent() {
    assertThat(UiAsset.load("index.html").orElseThrow().etag())
        .isNotEqualTo(UiAsset.load("app.css").orElseThrow().etag())
        .hasSize(32);
  }
}
