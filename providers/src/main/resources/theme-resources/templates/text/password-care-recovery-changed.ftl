<#ftl output_format="plainText">
<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyRecoveryChanged">
${msg("passwordCareNotifyRecoveryChangedIntro", realmName, accountName, msg(changeKey))}

${msg("passwordCareNotifyNothingToDo")}

${msg("passwordCareNotifyRecoveryNotYou")}<#if helpDeskUrl?has_content> ${helpDeskUrl}</#if>

${msg("passwordCareNotifyNeverSecrets")}
</@layout.emailLayout>
