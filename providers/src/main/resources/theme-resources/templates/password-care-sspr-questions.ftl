<#import "template.ftl" as layout>
<#import "password-care-sspr-help-desk.ftl" as sspr>
<@layout.registrationLayout displayInfo=true displayMessage=true; section>
    <#if section = "header">
        ${msg("passwordCareSsprQuestionsTitle")}
    <#elseif section = "form">
        <form id="password-care-sspr-questions-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" autocomplete="off">
            <p id="password-care-sspr-questions-intro">${msg("passwordCareSsprQuestionsIntro")}</p>
            <input type="hidden" name="answers" value="true"/>
            <#list ssprQuestions as q>
                <div class="${properties.kcFormGroupClass!}">
                    <label for="answer${q.value}" class="${properties.kcLabelClass!}" id="password-care-sspr-question-${q.value}"><#if q.key?has_content>${msg(q.key)}<#else>${q.text}</#if></label>
                    <span class="${properties.kcInputClass!}"><input id="answer${q.value}" name="answer${q.value}" type="password" maxlength="200" autocomplete="off" aria-invalid="<#if message?? && message.type = 'error'>true<#else>false</#if>"/></span>
                </div>
            </#list>
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
