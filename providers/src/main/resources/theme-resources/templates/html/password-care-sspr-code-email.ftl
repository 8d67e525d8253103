<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyCode">
<p>${kcSanitize(msg("passwordCareSsprCodeEmailIntro", realmName))?no_esc}</p>
<p class="password-care-code"><strong>${code}</strong></p>
<p>${kcSanitize(msg("passwordCareSsprCodeEmailExpiry", minutes))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareSsprCodeEmailUnexpected"))?no_esc}</p>
</@layout.emailLayout>
