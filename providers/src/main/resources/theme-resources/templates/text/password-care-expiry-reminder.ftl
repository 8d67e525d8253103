<#ftl output_format="plainText">
<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyExpiry">
${msg((daysLeft == 1)?then("passwordCareExpiryReminderIntroOneDay", "passwordCareExpiryReminderIntro"), realmName, user.username, daysLeft?c, expiresAt)}

${msg("passwordCareExpiryReminderLink")}: ${link}

${msg("passwordCareExpiryReminderAfter")}

${msg("passwordCareExpiryReminderUnexpected")}
</@layout.emailLayout>
