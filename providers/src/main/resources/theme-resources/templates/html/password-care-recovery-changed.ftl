<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyRecoveryChanged">
<p>${kcSanitize(msg("passwordCareNotifyRecoveryChangedIntro", realmName, accountName, msg(changeKey)))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareNotifyNothingToDo"))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareNotifyRecoveryNotYou"))?no_esc}<#if helpDeskUrl?has_content> <a href="${helpDeskUrl}">${helpDeskUrl}</a></#if></p>
<p>${kcSanitize(msg("passwordCareNotifyNeverSecrets"))?no_esc}</p>
</@layout.emailLayout>
