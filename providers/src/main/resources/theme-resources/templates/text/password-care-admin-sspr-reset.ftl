<#ftl output_format="plainText">
${msg("passwordCareNotifyAdminResetIntro", realmName, accountName)}

${msg("passwordCareNotifyChangedThroughSspr")} <#list methodKeys as key>${msg(key)}<#sep>, </#list>.

${msg("passwordCareNotifyAdminResetCheck")}

${msg("passwordCareNotifyNeverSecrets")}
