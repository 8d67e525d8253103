<#ftl output_format="plainText">
<#--
  The text twin of html/password-care-email-layout.ftl: the same header, body and footer, in plain
  text. Our text templates import it directly; the password-care email theme's stock text overrides
  use it too.
-->
<#macro emailLayout why="passwordCareEmailWhyAccount">
${realmName}
${msg("passwordCareEmailProduct")}
==============================

<#nested>

------------------------------
${msg(why, realmName)}
${msg("passwordCareEmailAutomatic")}
</#macro>
