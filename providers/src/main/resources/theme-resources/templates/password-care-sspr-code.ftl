<#import "template.ftl" as layout>
<#import "password-care-sspr-help-desk.ftl" as sspr>
<@layout.registrationLayout displayInfo=true displayMessage=true; section>
    <#if section = "header">
        ${msg("passwordCareSsprCodeTitle")}
    <#elseif section = "form">
        <form id="password-care-sspr-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <p id="password-care-sspr-code-intro"><#if ssprOtp>${msg("passwordCareSsprCodeIntroOtp")}<#elseif ssprContact?has_content>${msg("passwordCareSsprCodeIntroTo", ssprContact)}<#else>${msg("passwordCareSsprCodeIntro", msg(ssprChannel))}</#if></p>
            <div class="${properties.kcFormGroupClass!}">
                <label for="code" class="${properties.kcLabelClass!}">${msg("passwordCareSsprCodeLabel")}</label>
                <span class="${properties.kcInputClass!}"><input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" autofocus aria-invalid="<#if message?? && message.type = 'error'>true<#else>false</#if>"/></span>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}" id="password-care-sspr-verify" type="submit" value="${msg("passwordCareSsprVerify")}"/>
            </div>
        </form>
        <form id="password-care-sspr-back-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <input type="hidden" name="back" value="true"/>
            <input class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" id="password-care-sspr-back" type="submit" value="${msg("passwordCareSsprOtherMethod")}"/>
        </form>
    <#elseif section = "info">
        <@sspr.helpDesk/>
    </#if>
</@layout.registrationLayout>
