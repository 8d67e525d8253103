<#-- CONTRACT STUB: the contacts-page branch replaces this page. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("passwordCareContactsTitle")}
    <#elseif section = "form">
        <form id="kc-recovery-contacts-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <#-- security-questions branch (temporary, until the contacts page lands): the questions row. -->
            <#if securityQuestionsOffered!false>
                <button id="password-care-contacts-questions" class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!}" type="submit" name="questions" value="true">${msg("passwordCareQuestionsSetUp")}</button>
            </#if>
            <div id="kc-form-buttons" class="${properties.kcFormButtonsClass!}">
                <button id="password-care-contacts-confirm" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!}" type="submit" name="confirm" value="true">${msg("passwordCareContactsConfirm")}</button>
                <button id="password-care-contacts-later" class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!}" type="submit" name="later" value="true">${msg("passwordCareContactsLater")}</button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
