// The fields of the Settings section, grouped as the admin console's Password care tab groups them.
// A new field of GET/PUT .../password-care/settings is one line here: its name and kind. Its label
// and help text are the message keys passwordCareSettings<Name> and passwordCareSettings<Name>Help,
// which the console's tab uses too.
//
// Kinds: 'choice' (one of `options`), 'choices' (any of `options`), 'number', 'boolean', 'text',
// 'lines' (a list of strings, one per line), 'numbers' (a list of whole numbers, comma separated).

export const SETTINGS_GROUPS = [
  {
    title: 'passwordCareAdminUiSettingsGroupSspr',
    fields: [
      { name: 'ssprScope', kind: 'choice', options: ['none', 'group', 'all'] },
      { name: 'ssprScopeGroup', kind: 'text' },
      { name: 'ssprMethods', kind: 'choices', options: ['email', 'recovery-email', 'sms', 'otp', 'questions'] },
      { name: 'ssprMethodsRequiredUsers', kind: 'number' },
      { name: 'ssprMethodsRequiredAdmins', kind: 'number' },
      { name: 'ssprCodeLength', kind: 'number' },
      { name: 'ssprCodeLifetimeSeconds', kind: 'number' },
      { name: 'ssprRevealRegisteredMethods', kind: 'boolean' },
      { name: 'ssprMaxCodeAttempts', kind: 'number' },
      { name: 'ssprMaxFailedVerifications', kind: 'number' },
      { name: 'ssprLockoutHours', kind: 'number' },
      { name: 'ssprMaxSmsPerHour', kind: 'number' },
      { name: 'ssprMaxEmailsPer10Minutes', kind: 'number' },
      { name: 'ssprSessionMinutes', kind: 'number' }
    ]
  },
  {
    title: 'passwordCareAdminUiSettingsGroupHelpDesk',
    fields: [
      { name: 'helpDeskUrl', kind: 'text' },
      { name: 'helpDeskText', kind: 'text' }
    ]
  },
  {
    title: 'passwordCareAdminUiSettingsGroupNotifications',
    fields: [
      { name: 'notifyUserOnReset', kind: 'boolean' },
      { name: 'notifyAdminsOnAdminReset', kind: 'boolean' }
    ]
  },
  {
    title: 'passwordCareAdminUiSettingsGroupAdmins',
    fields: [
      { name: 'adminRoles', kind: 'lines' },
      { name: 'adminGroup', kind: 'text' },
      { name: 'protectAdmins', kind: 'boolean' }
    ]
  },
  {
    title: 'passwordCareAdminUiSettingsGroupExpiry',
    fields: [
      { name: 'expiryRemindersEnabled', kind: 'boolean' },
      { name: 'expiryReminderDays', kind: 'numbers' },
      { name: 'expiryReminderHour', kind: 'number' }
    ]
  },
  {
    title: 'passwordCareAdminUiSettingsGroupRegistration',
    fields: [
      { name: 'registrationRequired', kind: 'boolean' },
      { name: 'registrationReconfirmDays', kind: 'number' },
      { name: 'registrationRemindLaterTimes', kind: 'number' },
      { name: 'recoveryPhoneDefaultRegion', kind: 'text' }
    ]
  },
  {
    title: 'passwordCareAdminUiSettingsGroupQuestions',
    fields: [
      { name: 'securityQuestionsToRegister', kind: 'number' },
      { name: 'securityQuestionsToAnswer', kind: 'number' },
      { name: 'securityQuestionsAllowCustom', kind: 'boolean' },
      { name: 'securityQuestions', kind: 'lines' }
    ]
  }
]

/** The message key of a field's label; its help text is this key + 'Help'. */
export function labelKey (name) {
  return 'passwordCareSettings' + name.charAt(0).toUpperCase() + name.slice(1)
}
