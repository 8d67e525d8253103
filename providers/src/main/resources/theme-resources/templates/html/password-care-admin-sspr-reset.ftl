<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyAdminNotice">
<p>${kcSanitize(msg("passwordCareNotifyAdminResetIntro", realmName, accountName))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareNotifyChangedThroughSspr"))?no_esc} <#list methodKeys as key>${kcSanitize(msg(key))?no_esc}<#sep>, </#list>.</p>
<p>${kcSanitize(msg("passwordCareNotifyAdminResetCheck"))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareNotifyNeverSecrets"))?no_esc}</p>
</@layout.emailLayout>
