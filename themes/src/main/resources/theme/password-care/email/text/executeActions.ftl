<#ftl output_format="plainText">
<#-- Keycloak's text executeActions (the bulk reset's email link, "Reset password by email"), in our layout. -->
<#import "password-care-email-layout.ftl" as layout>
<#assign requiredActionsText><#if requiredActions??><#list requiredActions><#items as reqActionItem>${msg("requiredAction.${reqActionItem}")}<#sep>, </#items></#list><#else></#if></#assign>
<@layout.emailLayout why="passwordCareEmailWhyActions">
${msg("executeActionsBody",link, linkExpiration, realmName, requiredActionsText, linkExpirationFormatter(linkExpiration))}
</@layout.emailLayout>
