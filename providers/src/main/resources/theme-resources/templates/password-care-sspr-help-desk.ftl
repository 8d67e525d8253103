<#-- The help-desk link and text of every SSPR page (settings helpDeskUrl / helpDeskText). -->
<#macro helpDesk>
<div id="password-care-sspr-help-desk" class="${properties.kcLoginMainFooterHelperText!}">
    <#assign helpText><#if ssprHelpDeskText?has_content>${ssprHelpDeskText}<#else>${msg("passwordCareSsprHelpDeskDefault")}</#if></#assign>
    <#if ssprHelpDeskUrl?has_content>
        <a id="password-care-sspr-help-desk-link" href="${ssprHelpDeskUrl}">${helpText}</a>
    <#else>
        <span>${helpText}</span>
    </#if>
</div>
</#macro>
