<#ftl output_format="plainText">
<#-- Keycloak's text password-reset (stock "Forgot password?" link email), in our layout. -->
<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyResetLink">
${msg("passwordResetBody",link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration))}
</@layout.emailLayout>
