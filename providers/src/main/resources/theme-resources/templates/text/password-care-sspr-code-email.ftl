<#ftl output_format="plainText">
<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyCode">
${msg("passwordCareSsprCodeEmailIntro", realmName)}

${code}

${msg("passwordCareSsprCodeEmailExpiry", minutes)}

${msg("passwordCareSsprCodeEmailUnexpected")}
</@layout.emailLayout>
