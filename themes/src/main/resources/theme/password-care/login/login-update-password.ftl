<#--
  keycloak.v2's update-password page (reset flow's last step, UPDATE_PASSWORD required action and its
  app-initiated form) plus the realm's password rules: listed before the user types (from Keycloak's
  passwordPolicies bean, so only rules about the new password's content, never expiry), marked as met
  while typing by js/password-care-rules.js (an external module: no inline script or handler), and
  after a refused submit the rule Keycloak named is marked "not met". docs/themes-and-i18n.md
-->
<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "password-care-rules.ftl" as rules>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm'); section>
<!-- template: login-update-password.ftl (password-care) -->
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#-- Keycloak puts a refused password's error on the field or, for the required action, in the page alert -->
            <#assign refused = messagesPerField.get('password')!''>
            <#if !refused?has_content && message?? && message.type = 'error'><#assign refused = message.summary></#if>
            <@rules.list failed=refused/>
            <@field.password name="password-new" label=msg("passwordNew") fieldName="password" autocomplete="new-password" autofocus=true />
            <@field.password name="password-confirm" label=msg("passwordConfirm") autocomplete="new-password" />

            <div class="${properties.kcFormGroupClass!}">
                <@passwordCommons.logoutOtherSessions/>
            </div>

            <@buttons.actionGroup horizontal=true>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit" class=["kcButtonPrimaryClass"]/>
                    <@buttons.button id="kc-cancel" label="doCancel" name="cancel-aia" class=["kcButtonSecondaryClass"]/>
                <#else>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit" class=["kcButtonPrimaryClass", "kcButtonBlockClass"]/>
                </#if>
            </@buttons.actionGroup>
        </form>
        <script type="module" src="${url.resourcesPath}/js/password-care-rules.js"></script>
    </#if>
</@layout.registrationLayout>
