<#ftl output_format="plainText">
<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyAdminNotice">
${msg("passwordCareNotifyAdminResetIntro", realmName, accountName)}

${msg("passwordCareNotifyChangedThroughSspr")} <#list methodKeys as key>${msg(key)}<#sep>, </#list>.

${msg("passwordCareNotifyAdminResetCheck")}

${msg("passwordCareNotifyNeverSecrets")}
</@layout.emailLayout>
