<#import "template.ftl" as layout>
<#import "password-care-sspr-help-desk.ftl" as sspr>
<@layout.registrationLayout displayInfo=true displayMessage=true; section>
    <#if section = "header">
        ${msg("passwordCareSsprMethodTitle")}
    <#elseif section = "form">
        <form id="password-care-sspr-method-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <p id="password-care-sspr-method-intro"><#if ssprAnother>${msg("passwordCareSsprMethodAnother")}<#else>${msg("passwordCareSsprMethodIntro")}</#if></p>
            <div class="${properties.kcFormGroupClass!}" role="radiogroup" aria-labelledby="password-care-sspr-method-intro">
                <#list ssprOptions as option>
                    <div class="pf-v5-c-radio">
                        <input class="pf-v5-c-radio__input" type="radio" id="password-care-sspr-method-${option.value}" name="method" value="${option.value}" <#if option?is_first>checked</#if>>
                        <label class="pf-v5-c-radio__label" for="password-care-sspr-method-${option.value}">${msg(option.label)}<#if option.contact?has_content> (${option.contact})</#if></label>
                    </div>
                </#list>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}" id="password-care-sspr-continue" type="submit" value="${msg("passwordCareSsprContinue")}"/>
            </div>
        </form>
    <#elseif section = "info">
        <@sspr.helpDesk/>
    </#if>
</@layout.registrationLayout>
