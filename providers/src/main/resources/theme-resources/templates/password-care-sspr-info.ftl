<#import "template.ftl" as layout>
<#import "password-care-sspr-help-desk.ftl" as sspr>
<@layout.registrationLayout displayInfo=true displayMessage=false; section>
    <#if section = "header">
        ${msg("passwordCareSsprInfoTitle")}
    <#elseif section = "form">
        <p id="password-care-sspr-info">${msg(ssprInfo)}</p>
        <p><a id="password-care-sspr-back-to-login" href="${url.loginUrl}">${msg("backToLogin")?no_esc}</a></p>
    <#elseif section = "info">
        <@sspr.helpDesk/>
    </#if>
</@layout.registrationLayout>
