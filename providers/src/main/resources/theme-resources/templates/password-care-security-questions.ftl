<#-- Security questions: register (or replace) the user's questions. Answers are never shown back. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("passwordCareQuestionsTitle")}
    <#elseif section = "form">
        <form id="password-care-questions-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" autocomplete="off">
            <p id="password-care-questions-intro">${msg("passwordCareQuestionsIntro", questionRows?size)}</p>
            <#list questionRows as row>
                <div class="${properties.kcFormGroupClass!}" id="password-care-question-row-${row.index}">
                    <label for="question${row.index}" class="${properties.kcLabelClass!}">${msg("passwordCareQuestionsQuestionLabel", row.index)}</label>
                    <span class="${properties.kcInputClass!}"><select id="question${row.index}" name="question${row.index}">
                        <#list questionOptions as o>
                            <option value="${o.value}"<#if row.chosen == o.value || (row.chosen == "" && o?index == row?index)> selected</#if>><#if o.key?has_content>${msg(o.key)}<#else>${o.text}</#if></option>
                        </#list>
                        <#if questionsAllowCustom>
                            <option value="custom"<#if row.chosen == "custom"> selected</#if>>${msg("passwordCareQuestionsCustomOption")}</option>
                        </#if>
                    </select></span>
                    <#if questionsAllowCustom>
                        <label for="custom${row.index}" class="${properties.kcLabelClass!}">${msg("passwordCareQuestionsCustomLabel")}</label>
                        <span class="${properties.kcInputClass!}"><input id="custom${row.index}" name="custom${row.index}" type="text" maxlength="200" value="${row.custom}" autocomplete="off"/></span>
                    </#if>
                    <label for="answer${row.index}" class="${properties.kcLabelClass!}">${msg("passwordCareQuestionsAnswerLabel")}</label>
                    <span class="${properties.kcInputClass!}"><input id="answer${row.index}" name="answer${row.index}" type="password" maxlength="200" autocomplete="off" aria-invalid="<#if message?? && message.type = 'error'>true<#else>false</#if>"/></span>
                </div>
            </#list>
            <p id="password-care-questions-rules">${msg("passwordCareQuestionsRules")}</p>
            <div id="kc-form-buttons" class="${properties.kcFormActionGroupClass!} pf-v5-u-flex-wrap">
                <button id="password-care-questions-save" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!}" type="submit" name="questionsSubmit" value="true">${msg("passwordCareQuestionsSave")}</button>
            </div>
        </form>
        <form id="password-care-questions-cancel-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <button id="password-care-questions-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}" type="submit" name="questionsCancel" value="true">${msg("passwordCareQuestionsCancel")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
