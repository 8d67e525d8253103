<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${kcSanitize(msg("passwordCareContactCodeEmailIntro", realmName))?no_esc}</p>
<p style="font-size: 1.5em; letter-spacing: 0.2em;"><strong>${code}</strong></p>
<p>${kcSanitize(msg("passwordCareContactCodeEmailExpiry", minutes))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareContactCodeEmailUnexpected"))?no_esc}</p>
</@layout.emailLayout>
