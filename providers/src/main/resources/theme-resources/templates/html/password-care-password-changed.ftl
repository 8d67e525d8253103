<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyPasswordChanged">
<p>${kcSanitize(msg("passwordCareNotifyChangedIntro", realmName, accountName))?no_esc}</p>
<#if throughSspr>
<p>${kcSanitize(msg("passwordCareNotifyChangedThroughSspr"))?no_esc} <#list methodKeys as key>${kcSanitize(msg(key))?no_esc}<#sep>, </#list>.</p>
</#if>
<p>${kcSanitize(msg("passwordCareNotifyNothingToDo"))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareNotifyNotYou"))?no_esc}<#if helpDeskUrl?has_content> <a href="${helpDeskUrl}">${helpDeskUrl}</a></#if></p>
<p>${kcSanitize(msg("passwordCareNotifyNeverSecrets"))?no_esc}</p>
</@layout.emailLayout>
