<#ftl output_format="plainText">
<#import "password-care-email-layout.ftl" as layout>
<@layout.emailLayout why="passwordCareEmailWhyCode">
${msg("passwordCareContactCodeEmailIntro", realmName)}

${code}

${msg("passwordCareContactCodeEmailExpiry", minutes)}

${msg("passwordCareContactCodeEmailUnexpected")}
</@layout.emailLayout>
