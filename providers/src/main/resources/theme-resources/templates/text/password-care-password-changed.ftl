<#ftl output_format="plainText">
<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyPasswordChanged">
${msg("passwordCareNotifyChangedIntro", realmName, accountName)}
<#if throughSspr>

${msg("passwordCareNotifyChangedThroughSspr")} <#list methodKeys as key>${msg(key)}<#sep>, </#list>.
</#if>

${msg("passwordCareNotifyNothingToDo")}

${msg("passwordCareNotifyNotYou")}<#if helpDeskUrl?has_content> ${helpDeskUrl}</#if>

${msg("passwordCareNotifyNeverSecrets")}
</@layout.emailLayout>
