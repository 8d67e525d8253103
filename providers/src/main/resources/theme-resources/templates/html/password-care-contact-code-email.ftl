<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyCode">
<p>${kcSanitize(msg("passwordCareContactCodeEmailIntro", realmName))?no_esc}</p>
<p class="password-care-code"><strong>${code}</strong></p>
<p>${kcSanitize(msg("passwordCareContactCodeEmailExpiry", minutes))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareContactCodeEmailUnexpected"))?no_esc}</p>
</@layout.emailLayout>
