<#ftl output_format="plainText">
${msg((daysLeft == 1)?then("passwordCareExpiryReminderIntroOneDay", "passwordCareExpiryReminderIntro"), realmName, user.username, daysLeft?c, expiresAt)}

${msg("passwordCareExpiryReminderLink")}: ${link}

${msg("passwordCareExpiryReminderAfter")}

${msg("passwordCareExpiryReminderUnexpected")}
