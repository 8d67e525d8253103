<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if daysLeft == 1>${msg("passwordCareExpiryWarningTitleOneDay")}<#else>${msg("passwordCareExpiryWarningTitle", daysLeft?c)}</#if>
    <#elseif section = "form">
        <form id="password-care-expiry-warning" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <p id="password-care-expiry-text" class="instruction"><#if daysLeft == 1>${msg("passwordCareExpiryWarningTextOneDay", daysLeft?c, expiresAt)}<#else>${msg("passwordCareExpiryWarningText", daysLeft?c, expiresAt)}</#if></p>
            <p class="instruction">${msg("passwordCareExpiryWarningHelp")}</p>
            <div class="${properties.kcFormGroupClass!}">
                <div id="kc-form-buttons" class="${properties.kcFormActionGroupClass!} pf-v5-u-flex-wrap">
                    <button id="password-care-expiry-change" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonLargeClass!}" type="submit" name="choice" value="change">${msg("passwordCareExpiryWarningChange")}</button>
                    <button id="password-care-expiry-later" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonLargeClass!}" type="submit" name="choice" value="later">${msg("passwordCareExpiryWarningLater")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
