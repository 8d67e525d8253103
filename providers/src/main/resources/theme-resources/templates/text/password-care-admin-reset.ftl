<#ftl output_format="plainText">
<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyPasswordReset">
${msg("passwordCareBulkResetNotifyIntro", realmName, user.username)}

<#if temporaryPassword>${msg("passwordCareBulkResetNotifyTemporary")}<#else>${msg("passwordCareBulkResetNotifyPermanent")}</#if>

${msg("passwordCareBulkResetNotifyUnexpected")}
</@layout.emailLayout>
