<#--
  Keycloak's stock emails (executeActions, password-reset, verify email, ...) import this file and
  call emailLayout. Routing them through our layout gives every email a realm uses one look; our own
  templates import password-care-email-layout.ftl directly (docs/themes-and-i18n.md).
-->
<#import "password-care-email-layout.ftl" as passwordCare>
<#macro emailLayout>
<@passwordCare.emailLayout><#nested></@passwordCare.emailLayout>
</#macro>
