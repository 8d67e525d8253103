<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyPasswordReset">
<p>${kcSanitize(msg("passwordCareBulkResetNotifyIntro", realmName, user.username))?no_esc}</p>
<#if temporaryPassword>
<p>${kcSanitize(msg("passwordCareBulkResetNotifyTemporary"))?no_esc}</p>
<#else>
<p>${kcSanitize(msg("passwordCareBulkResetNotifyPermanent"))?no_esc}</p>
</#if>
<p>${kcSanitize(msg("passwordCareBulkResetNotifyUnexpected"))?no_esc}</p>
</@layout.emailLayout>
