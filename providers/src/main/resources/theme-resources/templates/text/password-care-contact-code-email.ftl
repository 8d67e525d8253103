<#ftl output_format="plainText">
${msg("passwordCareContactCodeEmailIntro", realmName)}

${code}

${msg("passwordCareContactCodeEmailExpiry", minutes)}

${msg("passwordCareContactCodeEmailUnexpected")}
