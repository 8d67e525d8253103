// Turns the form into a bulk-reset request body; bad input raises an InputError with a message key.

export class InputError extends Error {
  constructor (messageKey) {
    super(messageKey)
    this.messageKey = messageKey
  }
}

/** Usernames from pasted text: one per line, or separated by commas, semicolons or spaces. */
export function parseUsernames (text) {
  const names = (text || '').split(/[\s,;]+/).map(name => name.trim()).filter(Boolean)
  return [...new Set(names)]
}

export function readRequest (form) {
  const data = new FormData(form)
  const mode = data.get('mode')
  const request = { mode, logoutSessions: form.elements.logoutSessions.checked, dryRun: false }

  switch (data.get('selectBy')) {
    case 'search': {
      const search = (data.get('search') || '').trim()
      if (!search) throw new InputError('passwordCareBulkResetUiErrorSearchEmpty')
      request.search = search
      break
    }
    case 'group': {
      const groupId = data.get('group')
      if (!groupId) throw new InputError('passwordCareBulkResetUiErrorGroupEmpty')
      request.groupId = groupId
      request.includeSubgroups = form.elements.includeSubgroups.checked
      break
    }
    case 'selected': {
      const userIds = (data.get('userIds') || '').split(',').filter(Boolean)
      if (userIds.length === 0) throw new InputError('passwordCareBulkResetUiErrorSelectedEmpty')
      request.userIds = userIds
      break
    }
    default: {
      const usernames = parseUsernames(data.get('usernames'))
      if (usernames.length === 0) throw new InputError('passwordCareBulkResetUiErrorUsernamesEmpty')
      request.usernames = usernames
    }
  }

  if (mode === 'email-link') {
    const hours = Number(data.get('linkLifespanHours'))
    if (!Number.isInteger(hours) || hours < 1 || hours > 720) {
      throw new InputError('passwordCareBulkResetUiErrorLinkLifespan')
    }
    request.linkLifespanSeconds = hours * 3600
  } else {
    request.temporary = form.elements.temporary.checked
    request.notifyUser = form.elements.notifyUser.checked
  }
  if (mode === 'set') {
    const password = data.get('password')
    if (!password) throw new InputError('passwordCareBulkResetUiErrorPasswordEmpty')
    request.password = password
  }
  return request
}
