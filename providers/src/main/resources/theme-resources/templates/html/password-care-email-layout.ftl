<#--
  One layout for every email of keycloak-password-care (docs/themes-and-i18n.md): a header with the
  realm and product name, the body, and a footer that says why the reader got it. Our own templates
  import this file directly, so they keep the layout under any email theme; the password-care email
  theme's html/template.ftl routes Keycloak's stock emails through it too. No script and no style
  attributes: the one <style> block in <head> holds the look.
-->
<#macro emailLayout why="passwordCareEmailWhyAccount">
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head>
<meta charset="utf-8">
<title>${msg("passwordCareEmailHeader", realmName)}</title>
<style>
  .password-care-email { font-family: Arial, Helvetica, sans-serif; color: #151515; max-width: 36em; }
  .password-care-email-header { border-bottom: 4px solid #0066cc; padding-bottom: 0.5em; }
  .password-care-email-header p { margin: 0; color: #4d4d4d; }
  .password-care-code { font-size: 1.5em; letter-spacing: 0.2em; }
  .password-care-email-footer { border-top: 1px solid #d2d2d2; margin-top: 2em; color: #4d4d4d; font-size: 0.9em; }
</style>
</head>
<body>
<div class="password-care-email">
<header class="password-care-email-header">
<h1 id="password-care-email-realm">${realmName}</h1>
<p id="password-care-email-product">${msg("passwordCareEmailProduct")}</p>
</header>
<main id="password-care-email-body">
<#nested>
</main>
<footer class="password-care-email-footer" id="password-care-email-footer">
<p id="password-care-email-why">${kcSanitize(msg(why, realmName))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareEmailAutomatic"))?no_esc}</p>
</footer>
</div>
</body>
</html>
</#macro>
