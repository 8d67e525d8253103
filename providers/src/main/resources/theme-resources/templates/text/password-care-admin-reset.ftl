<#ftl output_format="plainText">
${msg("passwordCareBulkResetNotifyIntro", realmName, user.username)}

<#if temporaryPassword>${msg("passwordCareBulkResetNotifyTemporary")}<#else>${msg("passwordCareBulkResetNotifyPermanent")}</#if>

${msg("passwordCareBulkResetNotifyUnexpected")}
