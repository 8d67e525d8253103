<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyExpiry">
<p>${kcSanitize(msg((daysLeft == 1)?then("passwordCareExpiryReminderIntroOneDay", "passwordCareExpiryReminderIntro"), realmName, user.username, daysLeft?c, expiresAt))?no_esc}</p>
<p><a href="${link}">${kcSanitize(msg("passwordCareExpiryReminderLink"))?no_esc}</a></p>
<p>${kcSanitize(msg("passwordCareExpiryReminderAfter"))?no_esc}</p>
<p>${kcSanitize(msg("passwordCareExpiryReminderUnexpected"))?no_esc}</p>
</@layout.emailLayout>
