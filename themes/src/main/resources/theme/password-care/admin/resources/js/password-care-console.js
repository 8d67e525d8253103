// Entry points to keycloak-password-care inside Keycloak's admin console (keycloak.v2, 26.5).
// The console has no plugin API for new screens (upstream proposal keycloak/keycloak#52777), so the
// password-care admin theme loads this module next to the console's own code. It adds, beside
// stable data-testid anchors of the console's markup:
//   - "Password care" in the left navigation, after "Users", which opens the Password care admin app;
//   - "Reset passwords…" after "Add user" on the Users list, which opens the app's bulk reset section
//     with the checked users preselected (their ids in the URL fragment, never sent to a server).
// Where an anchor is missing (another page, no permission, a console release that moved it) it does
// nothing. React re-renders and client-side navigation are followed with a MutationObserver; every
// insertion is idempotent. No inline code, no eval: it runs under a strict script-src 'self'.
// docs/admin-console.md explains the set-up and what to do when a Keycloak upgrade moves the markup.

const USERS_NAV = '[data-testid="nav-item-users"]'
const ADD_USER = '[data-testid="add-user"]'
const USERS_PAGE = '[data-testid="users-page"]'
const NAV_ENTRY = 'password-care-nav'
const RESET_BUTTON = 'password-care-reset-users'
const KEY_PREFIX = 'passwordCareConsole'
// The console's i18next loads its texts from .../resources/{realm}/admin/{language}.
const BUNDLE_PATH = /\/resources\/[^/]+\/admin\/([A-Za-z0-9_-]+)$/

const env = consoleEnvironment()
let texts = {}
let language = null
let textsLoaded = false // entries appear with their texts, never with raw keys first

/** Where the console runs: base URL and the realm its admin signed in to (index.ftl's JSON). */
function consoleEnvironment () {
  const fromPath = window.location.pathname.match(/^(.*)\/admin\/([^/]+)\/console\//)
  let json = {}
  try {
    json = JSON.parse(document.getElementById('environment')?.textContent || '{}')
  } catch {
    // Keep the values read from the address.
  }
  const base = json.adminBaseUrl || (fromPath ? window.location.origin + fromPath[1] : null)
  const loginRealm = json.realm || (fromPath ? decodeURIComponent(fromPath[2]) : null)
  return { base: base && base.replace(/\/$/, ''), loginRealm }
}

/** The realm the console shows: the first segment of its hash route (#/{realm}/users). */
function currentRealm () {
  const match = window.location.hash.match(/^#\/([^/?]+)/)
  return match ? decodeURIComponent(match[1]) : env.loginRealm
}

/**
 * The Password care admin app of the realm the admin signed in to (a master admin works on other
 * realms from master's bulk reset section, which offers them all), preselecting the shown realm and,
 * with users, opening the bulk reset section with them.
 */
function pageUrl (userIds = []) {
  const realm = currentRealm()
  const fragment = []
  if (realm && realm !== env.loginRealm) fragment.push(`realm=${encodeURIComponent(realm)}`)
  if (userIds.length > 0) fragment.push(`users=${userIds.map(encodeURIComponent).join(',')}`)
  return `${env.base}/realms/${encodeURIComponent(env.loginRealm)}/password-care/admin/` +
    (userIds.length > 0 ? '?section=bulk-reset' : '') +
    (fragment.length > 0 ? `#${fragment.join('&')}` : '')
}

/** Ids of the checked rows of the Users table: the row's user link is #/{realm}/users/{id}/... */
function checkedUserIds (scope) {
  const ids = []
  for (const row of scope.querySelectorAll('tbody tr')) {
    const box = row.querySelector('input[type="checkbox"]')
    const link = row.querySelector('a[href*="/users/"]')
    const match = link?.getAttribute('href').match(/\/users\/([^/?#]+)/)
    const id = match && decodeURIComponent(match[1])
    if (box?.checked && id && !ids.includes(id)) ids.push(id)
  }
  return ids
}

function text (key) {
  return texts[key] ?? key
}

function label (element, key, helpKey) {
  element.textContent = text(key)
  element.title = text(helpKey)
  element.dataset.passwordCareLabel = key
  element.dataset.passwordCareHelp = helpKey
}

function ensureNavEntry () {
  const users = document.querySelector(USERS_NAV)
  const item = users?.closest('li')
  if (!item || !env.base || !env.loginRealm) return
  let link = document.querySelector(`[data-testid="${NAV_ENTRY}"]`)
  if (!link) {
    link = document.createElement('a')
    link.className = 'pf-v5-c-nav__link'
    link.dataset.testid = NAV_ENTRY
    label(link, 'passwordCareConsoleNav', 'passwordCareConsoleNavHelp')
    const entry = document.createElement('li')
    entry.append(link)
    item.after(entry)
  }
  const href = pageUrl()
  if (link.getAttribute('href') !== href) link.setAttribute('href', href)
}

function ensureResetButton () {
  const addUser = document.querySelector(ADD_USER)
  const toolbarItem = addUser?.parentElement
  if (!toolbarItem || !env.base || !env.loginRealm) return
  if (toolbarItem.parentElement.querySelector(`[data-testid="${RESET_BUTTON}"]`)) return
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'pf-v5-c-button pf-m-secondary'
  button.dataset.testid = RESET_BUTTON
  label(button, 'passwordCareConsoleResetUsers', 'passwordCareConsoleResetUsersHelp')
  button.addEventListener('click', () => {
    const scope = button.closest(USERS_PAGE) || document
    window.location.assign(pageUrl(checkedUserIds(scope)))
  })
  const item = document.createElement('div')
  item.className = toolbarItem.className
  item.append(button)
  toolbarItem.after(item)
}

function ensure () {
  if (!textsLoaded) return
  try {
    ensureNavEntry()
    ensureResetButton()
  } catch (error) {
    // Never break the console: an unexpected markup change leaves it as Keycloak ships it.
    console.debug('password-care: console entry points not added', error)
  }
}

function relabel () {
  for (const element of document.querySelectorAll('[data-password-care-label]')) {
    element.textContent = text(element.dataset.passwordCareLabel)
    element.title = text(element.dataset.passwordCareHelp)
  }
}

/** Our texts from the console's own message endpoint, which serves the admin theme's bundles. */
async function loadTexts (wanted) {
  for (const candidate of [wanted, 'en']) {
    try {
      const url = `${env.base}/resources/${encodeURIComponent(env.loginRealm)}/admin/${candidate}`
      const response = await fetch(url, { headers: { Accept: 'application/json' } })
      if (!response.ok) continue
      const found = {}
      for (const { key, value } of await response.json()) {
        if (key.startsWith(KEY_PREFIX)) found[key] = value
      }
      if (Object.keys(found).length > 0) return found
    } catch {
      // Try the next language; without any, the keys show.
    }
  }
  return {}
}

async function useLanguage (wanted) {
  if (!wanted || wanted === language) return
  language = wanted
  const found = await loadTexts(wanted)
  if (language === wanted) {
    texts = found
    textsLoaded = true
    // Says "the script runs here" to an operator's inspector and to AdminConsoleEntryPointsIT.
    document.documentElement.dataset.passwordCareConsole = 'ready'
    relabel()
    ensure()
  }
}

/**
 * The console shows the admin's language, which only its own code knows (from whoami). It loads
 * that language's bundle after English, its fallback; the last non-English bundle it loaded wins.
 */
function followConsoleLanguage () {
  const seen = entries => {
    let found = null
    for (const entry of entries) {
      const match = new URL(entry.name, window.location.href).pathname.match(BUNDLE_PATH)
      if (match && (found === null || match[1] !== 'en')) found = match[1]
    }
    if (found && (found !== 'en' || language === null)) useLanguage(found)
  }
  try {
    new PerformanceObserver(list => seen(list.getEntries())).observe({ type: 'resource', buffered: true })
  } catch {
    // Without resource timing, fall back to the browser's language below.
  }
  const browser = (navigator.language || 'en').split('-')[0]
  setTimeout(() => useLanguage(language ?? browser), 3000)
}

if (env.base && env.loginRealm) {
  followConsoleLanguage()
  new MutationObserver(ensure).observe(document.body, { childList: true, subtree: true })
  window.addEventListener('hashchange', ensure)
  ensure()
}
