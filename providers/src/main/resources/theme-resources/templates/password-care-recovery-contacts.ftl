<#-- The recovery-contacts page (required action password-care-update-recovery-contacts): three views
     on one form URL. contactsView = main | contact | code; see contact/ContactsView.java. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        <#if contactsView = "contact">${msg("passwordCareContactsEnter" + contactsKindKey + "Title")}<#elseif contactsView = "code">${msg("passwordCareContactsCodeTitle")}<#else>${msg("passwordCareContactsTitle")}</#if>
    <#elseif section = "form">
        <#if contactsView = "contact">
        <form id="password-care-contacts-contact-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <input type="hidden" name="kind" value="${contactsKind}"/>
            <div class="${properties.kcFormGroupClass!}">
                <label for="contact" class="${properties.kcLabelClass!}">${msg("passwordCareContactsEnter" + contactsKindKey + "Label")}</label>
                <span class="${properties.kcInputClass!}"><input id="contact" name="contact" value="${contactsTyped}" autofocus
                       <#if contactsKind = "phone">type="tel" autocomplete="tel"<#else>type="text" inputmode="email" autocomplete="email"</#if>
                       aria-invalid="<#if message?? && message.type = 'error'>true<#else>false</#if>"/></span>
                <p id="password-care-contacts-contact-help" class="${properties.kcFormHelperTextClass!}"><#if contactsKind = "phone">${msg("passwordCareContactsEnterPhoneHelp", contactsRegion)}<#else>${msg("passwordCareContactsEnterEmailHelp")}</#if></p>
            </div>
            <div id="kc-form-buttons" class="${properties.kcFormActionGroupClass!} pf-v5-u-flex-wrap">
                <button id="password-care-contacts-send" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}" type="submit" name="sendCode" value="true">${msg("passwordCareContactsSendCode")}</button>
                <button id="password-care-contacts-back" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="back" value="true" formnovalidate>${msg("passwordCareContactsBack")}</button>
            </div>
        </form>
        <#elseif contactsView = "code">
        <form id="password-care-contacts-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <p id="password-care-contacts-code-intro" class="instruction">${msg("passwordCareContactsCodeIntro", contactsMasked)}</p>
            <div class="${properties.kcFormGroupClass!}">
                <label for="code" class="${properties.kcLabelClass!}">${msg("passwordCareContactsCodeLabel")}</label>
                <span class="${properties.kcInputClass!}"><input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" autofocus aria-invalid="<#if message?? && message.type = 'error'>true<#else>false</#if>"/></span>
            </div>
            <div id="kc-form-buttons" class="${properties.kcFormActionGroupClass!} pf-v5-u-flex-wrap">
                <button id="password-care-contacts-verify" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}" type="submit" name="verifyCode" value="true">${msg("passwordCareContactsVerify")}</button>
                <button id="password-care-contacts-back" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="back" value="true">${msg("passwordCareContactsBack")}</button>
            </div>
        </form>
        <#else>
        <form id="kc-recovery-contacts-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <p id="password-care-contacts-intro" class="instruction">${msg("passwordCareContactsIntro")}</p>
            <p id="password-care-contacts-needed" class="instruction">${msg("passwordCareContactsNeeded", contactsRequired?c, contactsRegistered?c)}</p>
            <ul id="password-care-contacts-methods" class="pf-v5-c-data-list" role="list">
                <#list contactsRows as row>
                <li id="password-care-contacts-row-${row.id}" class="pf-v5-c-data-list__item">
                    <div class="pf-v5-c-data-list__item-row">
                        <div class="pf-v5-c-data-list__item-content">
                            <div class="pf-v5-c-data-list__cell">
                                <strong>${msg(row.labelKey)}</strong><br/>
                                <span id="password-care-contacts-value-${row.id}"><#if row.masked?has_content>${row.masked}<#if row.stored && !row.verified> (${msg("passwordCareContactsUnverified")})</#if><#elseif row.id = "otp"><#if row.registered>${msg("passwordCareContactsOtpSet")}<#else>${msg("passwordCareContactsOtpHint")}</#if><#else>${msg("passwordCareContactsNotSet")}</#if></span>
                                <span id="password-care-contacts-state-${row.id}" class="pf-v5-u-screen-reader">${msg(row.registered?then("passwordCareContactsRegistered", "passwordCareContactsNotRegistered"))}</span>
                            </div>
                            <#if row.id = "otp" && !row.registered>
                            <div class="pf-v5-c-data-list__cell pf-m-align-right">
                                <button id="password-care-contacts-otp" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}" type="submit" name="otp" value="true">${msg("passwordCareContactsSetUp")}</button>
                            </div>
                            </#if>
                            <#if row.kind?has_content>
                            <div class="pf-v5-c-data-list__cell pf-m-align-right">
                                <#if row.stored>
                                <button id="password-care-contacts-change-${row.kind}" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}" type="submit" name="add" value="${row.kind}">${msg("passwordCareContactsChange")}</button>
                                <button id="password-care-contacts-remove-${row.kind}" class="${properties.kcButtonClass!} ${properties.kcButtonLinkClass!}" type="submit" name="remove" value="${row.kind}">${msg("passwordCareContactsRemove")}</button>
                                <#else>
                                <button id="password-care-contacts-add-${row.kind}" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}" type="submit" name="add" value="${row.kind}">${msg("passwordCareContactsAdd")}</button>
                                </#if>
                            </div>
                            </#if>
                        </div>
                    </div>
                </li>
                </#list>
                <#if contactsQuestionsOffered>
                <li id="password-care-contacts-row-questions" class="pf-v5-c-data-list__item">
                    <div class="pf-v5-c-data-list__item-row">
                        <div class="pf-v5-c-data-list__item-content">
                            <div class="pf-v5-c-data-list__cell">
                                <strong>${msg("passwordCareContactsQuestions")}</strong><br/>
                                <span id="password-care-contacts-value-questions">${msg(contactsQuestionsRegistered?then("passwordCareContactsRegistered", "passwordCareContactsNotSet"))}</span>
                            </div>
                            <div class="pf-v5-c-data-list__cell pf-m-align-right">
                                <button id="password-care-contacts-questions" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}" type="submit" name="questions" value="true">${msg(contactsQuestionsRegistered?then("passwordCareContactsChange", "passwordCareContactsSetUp"))}</button>
                            </div>
                        </div>
                    </div>
                </li>
                </#if>
            </ul>
            <#if contactsLaterUsedUp>
            <p id="password-care-contacts-later-used-up" class="instruction">${msg("passwordCareContactsLaterUsedUp", contactsLaterAllowed?c)}</p>
            </#if>
            <div id="kc-form-buttons" class="${properties.kcFormActionGroupClass!} pf-v5-u-flex-wrap">
                <button id="password-care-contacts-confirm" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}" type="submit" name="confirm" value="true">${msg("passwordCareContactsConfirm")}</button>
                <#if contactsLaterOffered>
                <button id="password-care-contacts-later" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!} pf-v5-u-mt-sm" type="submit" name="later" value="true">${msg("passwordCareContactsLater")}</button>
                </#if>
                <#if isAppInitiatedAction??>
                <button id="password-care-contacts-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!} pf-v5-u-mt-sm" type="submit" name="cancel-aia" value="true">${msg("doCancel")}</button>
                </#if>
            </div>
        </form>
        </#if>
    </#if>
</@layout.registrationLayout>
