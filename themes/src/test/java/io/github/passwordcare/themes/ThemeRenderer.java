package io.github.passwordcare.themes;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Renders theme templates the way Keycloak's theme manager looks them up: the theme's own files,
 * then its parent (Keycloak's base email theme, from the keycloak-themes jar), then the providers'
 * theme-resources, with msg() formatting from the merged bundles like Keycloak's
 * MessageFormatterMethod. Enough to prove a template parses, resolves its imports and keys, and
 * what it prints; the real server is covered by the integration tests.
 */
final class ThemeRenderer {

  static final Path PROVIDER_TEMPLATES =
      Path.of("../providers/src/main/resources/theme-resources/templates");
  static final Path PROVIDER_MESSAGES =
      Path.of("../providers/src/main/resources/theme-resources/messages");
  static final Path OUR_THEME = Path.of("src/main/resources/theme/password-care");

  private final Configuration config = new Configuration(Configuration.VERSION_2_3_32);
  private final Properties messages = new Properties();
  private final Locale locale;

  /**
   * @param type login or email
   * @param ourTheme false: the realm uses Keycloak's base theme, our templates come only from
   *     theme-resources
   */
  ThemeRenderer(String type, boolean ourTheme, Locale locale) throws IOException {
    this.locale = locale;
    List<TemplateLoader> loaders = new ArrayList<>();
    if (ourTheme) {
      loaders.add(new FileTemplateLoader(OUR_THEME.resolve(type).toFile()));
    }
    loaders.add(new ClassTemplateLoader(ThemeRenderer.class, "/theme/base/" + type + "/"));
    loaders.add(new FileTemplateLoader(PROVIDER_TEMPLATES.toFile()));
    config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setDefaultEncoding("UTF-8");
    String bundle = "messages_" + locale.getLanguage() + ".properties";
    load(ThemeRenderer.class.getResourceAsStream("/theme/base/" + type + "/messages/" + bundle));
    load(Files.newInputStream(PROVIDER_MESSAGES.resolve(bundle)));
    if (ourTheme) {
      load(Files.newInputStream(OUR_THEME.resolve(type).resolve("messages").resolve(bundle)));
    }
  }

  private void load(InputStream in) throws IOException {
    try (in) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  String msg(String key, Object... args) {
    return new MessageFormat(messages.getProperty(key, key), locale).format(args);
  }

  /** Renders FreeMarker source given inline, with the theme's templates importable. */
  String renderSource(String source, Map<String, Object> model) throws Exception {
    return process(new freemarker.template.Template("inline.ftl", source, config), model);
  }

  String render(String template, Map<String, Object> model) throws Exception {
    return process(config.getTemplate(template), model);
  }

  private String process(freemarker.template.Template template, Map<String, Object> model)
      throws Exception {
    Map<String, Object> all = new HashMap<>(model);
    all.put("locale", locale);
    all.put("ltr", true);
    all.put(
        "msg",
        (TemplateMethodModelEx)
            args -> {
              List<Object> values = new ArrayList<>();
              for (Object arg : args) {
                values.add(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arg));
              }
              return msg((String) values.remove(0), values.toArray());
            });
    all.put("kcSanitize", (TemplateMethodModelEx) args -> args.get(0).toString());
    all.put("linkExpirationFormatter", (TemplateMethodModelEx) args -> "5 min");
    StringWriter out = new StringWriter();
    template.process(all, out);
    return out.toString();
  }
}
