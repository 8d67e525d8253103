<#--
  The realm's password rules as a PatternFly dynamic helper-text list. Only the rules Keycloak's
  passwordPolicies bean knows (length, maxLength, lower/upper case, digits, special characters, not
  username/email, history) are listed: policies that are not about the new password's content, such
  as password-care-expiry, are absent from the bean and so from the list. data-rule/data-min let
  js/password-care-rules.js check a rule while the user types; the rest are checked on submit.
  failed: Keycloak's error for the password field; the rule whose message it holds is marked failed.
-->
<#-- A rule's text for n: the key's "One" form for 1, else the key with {0}. Not {0,choice}: before
     26.5 Keycloak's msg() hands FreeMarker's number wrapper to MessageFormat, which cannot format it
     as a number and the page answers 500 (docs/compatibility.md). -->
<#function counted key n>
<#if n == 1><#return msg(key + "One")></#if>
<#return msg(key, n)>
</#function>
<#macro list failed="">
<#if passwordPolicies??>
<#assign p = passwordPolicies>
<#assign items = []>
<#if (p.length!0) gt 0><#assign items += [{"rule": "length", "min": p.length, "text": msg("passwordCareRuleLength", p.length), "error": msg("invalidPasswordMinLengthMessage", p.length)}]></#if>
<#if (p.maxLength!0) gt 0><#assign items += [{"rule": "maxLength", "min": p.maxLength, "text": msg("passwordCareRuleMaxLength", p.maxLength), "error": msg("invalidPasswordMaxLengthMessage", p.maxLength)}]></#if>
<#if (p.lowerCase!0) gt 0><#assign items += [{"rule": "lowerCase", "min": p.lowerCase, "text": counted("passwordCareRuleLowerCase", p.lowerCase), "error": msg("invalidPasswordMinLowerCaseCharsMessage", p.lowerCase)}]></#if>
<#if (p.upperCase!0) gt 0><#assign items += [{"rule": "upperCase", "min": p.upperCase, "text": counted("passwordCareRuleUpperCase", p.upperCase), "error": msg("invalidPasswordMinUpperCaseCharsMessage", p.upperCase)}]></#if>
<#if (p.digits!0) gt 0><#assign items += [{"rule": "digits", "min": p.digits, "text": counted("passwordCareRuleDigits", p.digits), "error": msg("invalidPasswordMinDigitsMessage", p.digits)}]></#if>
<#if (p.specialChars!0) gt 0><#assign items += [{"rule": "specialChars", "min": p.specialChars, "text": counted("passwordCareRuleSpecialChars", p.specialChars), "error": msg("invalidPasswordMinSpecialCharsMessage", p.specialChars)}]></#if>
<#if p.notUsername><#assign items += [{"rule": "notUsername", "min": 0, "text": msg("passwordCareRuleNotUsername"), "error": msg("invalidPasswordNotUsernameMessage")}]></#if>
<#if p.notEmail><#assign items += [{"rule": "notEmail", "min": 0, "text": msg("passwordCareRuleNotEmail"), "error": msg("invalidPasswordNotEmailMessage")}]></#if>
<#if (p.passwordHistory!0) gt 0><#assign items += [{"rule": "passwordHistory", "min": p.passwordHistory, "text": counted("passwordCareRuleHistory", p.passwordHistory), "error": msg("invalidPasswordHistoryMessage", p.passwordHistory)}]></#if>
<#if items?has_content>
<div class="${properties.kcFormGroupClass!} password-care-rules">
    <p id="password-care-rules-title" class="password-care-rules-title">${msg("passwordCareRulesTitle")}</p>
    <ul id="password-care-rules" class="pf-v5-c-helper-text" role="list" aria-labelledby="password-care-rules-title"
        data-met="${msg("passwordCareRuleMet")}" data-not-met="${msg("passwordCareRuleNotMet")}">
    <#list items as item>
        <#assign isFailed = failed?has_content && failed?contains(item.error)>
        <li id="password-care-rule-${item.rule}" data-rule="${item.rule}" data-min="${item.min?c}"
            class="pf-v5-c-helper-text__item pf-m-dynamic password-care-rule<#if isFailed> pf-m-error password-care-rule-failed<#else> pf-m-indeterminate</#if>">
            <span class="pf-v5-c-helper-text__item-icon"><i class="fas fa-fw <#if isFailed>fa-exclamation-circle<#else>fa-minus</#if>" aria-hidden="true"></i></span>
            <span class="pf-v5-c-helper-text__item-text">${item.text}<#if isFailed> <strong class="password-care-rule-state">${msg("passwordCareRuleFailed")}</strong><#else><span class="pf-v5-screen-reader password-care-rule-state"></span></#if></span>
        </li>
    </#list>
    </ul>
</div>
</#if>
</#if>
</#macro>
