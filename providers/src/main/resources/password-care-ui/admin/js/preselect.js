// Preselection from the admin console: its "Reset passwords…" button and "Password care" link open
// this page with #realm=<name>&users=<id>,<id> (the password-care admin theme). The fragment never
// reaches a server. It is read before sign-in, kept in sessionStorage across the sign-in redirect
// (keycloak-js replaces the fragment), and cleared from the address bar at once.
import { t } from './i18n.js'

const STORAGE_KEY = 'password-care-preselection'
const MAX_USERS = 1000
const MAX_AGE_MS = 10 * 60 * 1000
// A user id as Keycloak makes them: a UUID, or f:<provider id>:<external id> for a federated user
// that is not imported. It must start with a letter or digit, so '.' and '..' (which the browser
// would resolve to the realm instead of a user) and anything with '/' never become a path.
const USER_ID = /^[A-Za-z0-9][A-Za-z0-9:._@-]{0,254}$/

/**
 * Call before keycloak.init: returns {realm, userIds} (either may be empty), from the fragment or,
 * on the way back from the sign-in page, from what the first visit saved.
 */
export function takePreselection () {
  const fragment = new URLSearchParams(window.location.hash.slice(1))
  if (fragment.has('users') || fragment.has('realm')) {
    const preselection = {
      realm: fragment.get('realm') || '',
      userIds: [...new Set((fragment.get('users') || '').split(',').map(id => id.trim())
        .filter(id => USER_ID.test(id)))].slice(0, MAX_USERS),
      at: Date.now()
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search)
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(preselection))
    return preselection
  }
  const saved = sessionStorage.getItem(STORAGE_KEY)
  sessionStorage.removeItem(STORAGE_KEY)
  // Only the sign-in redirect's way back (#state=...) may pick up a saved preselection.
  if (saved && fragment.has('state')) {
    try {
      const preselection = JSON.parse(saved)
      if (Date.now() - preselection.at < MAX_AGE_MS) {
        return { realm: preselection.realm || '', userIds: preselection.userIds.filter(id => USER_ID.test(id)) }
      }
    } catch {
      // A damaged entry is no preselection.
    }
  }
  return { realm: '', userIds: [] }
}

/** Signed in: forget the saved copy (the page now holds the preselection in memory only). */
export function forgetSavedPreselection () {
  sessionStorage.removeItem(STORAGE_KEY)
}

/** Chooses the preselected realm when the realm list (the master realm's page) offers it. */
export function preselectRealm (preselection, select) {
  if (preselection.realm && [...select.options].some(option => option.value === preselection.realm)) {
    select.value = preselection.realm
  }
}

/**
 * Adds the "Selected users" choice with the preselected users (usernames looked up by id) and picks
 * it. Picking another realm drops it: the ids belong to the realm they came from.
 */
export async function preselectUsers (preselection, api, form, realmSelect) {
  if (preselection.userIds.length === 0) return
  const realm = realmSelect.value
  const names = await Promise.all(preselection.userIds.map(id => usernameOf(api, realm, id)))
  const list = form.querySelector('#selected-users')
  list.replaceChildren(...names.map(name => {
    const item = document.createElement('li')
    item.textContent = name
    return item
  }))
  form.querySelector('#selected-users-label').textContent =
    t('passwordCareBulkResetUiSelectedLabel', preselection.userIds.length)
  form.elements.userIds.value = preselection.userIds.join(',')
  const choice = form.querySelector('#select-by-selected')
  choice.hidden = false
  form.elements.selectBy.value = 'selected'
  form.dispatchEvent(new Event('change'))
  realmSelect.addEventListener('change', () => {
    choice.hidden = true
    list.replaceChildren()
    form.elements.userIds.value = ''
    if (form.elements.selectBy.value === 'selected') {
      form.elements.selectBy.value = 'search'
      form.dispatchEvent(new Event('change'))
    }
  }, { once: true })
}

async function usernameOf (api, realm, id) {
  try {
    return (await api.user(realm, id)).username
  } catch {
    // Not found or not visible to this admin: the preview says why, per user.
    return t('passwordCareBulkResetUiSelectedUnknown', id)
  }
}
