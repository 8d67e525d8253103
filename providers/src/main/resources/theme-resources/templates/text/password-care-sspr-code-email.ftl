<#ftl output_format="plainText">
${msg("passwordCareSsprCodeEmailIntro", realmName)}

${code}

${msg("passwordCareSsprCodeEmailExpiry", minutes)}

${msg("passwordCareSsprCodeEmailUnexpected")}
