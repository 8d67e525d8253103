// The Password care admin app: signs the admin in (keycloak-js, authorization code + PKCE), asks
// the server what this admin may do here (GET .../password-care/info → capabilities) and shows the
// sections that allow, chosen by the nav; ?section=<id> in the address picks one.
import Keycloak from '../vendor/lib/keycloak.js'
import { startActivity } from './activity.js'
import { AdminApi, ApiError } from './api.js'
import { startBulkReset } from './bulk-reset.js'
import { startExpiring } from './expiring.js'
import { loadMessages, t } from './i18n.js'
import { forgetSavedPreselection, takePreselection } from './preselect.js'
import { startSettings } from './settings.js'
import { describeError, showAlert } from './ui.js'

const CLIENT_ID = 'password-care-admin-ui'
const $ = id => document.getElementById(id)

/** Section id → whether the capabilities allow it, and how to start it (once, when first shown). */
const SECTIONS = {
  'bulk-reset': { allowed: c => c.bulkReset, start: startBulkReset },
  'expiring-passwords': { allowed: c => c.expiringPasswords, start: startExpiring },
  activity: { allowed: c => c.activity, start: startActivity },
  settings: { allowed: c => c.viewSettings, start: startSettings }
}

function locateApp () {
  const match = window.location.pathname.match(/^(.*)\/realms\/([^/]+)\/password-care\/admin\//)
  return { serverUrl: window.location.origin + match[1], realm: decodeURIComponent(match[2]) }
}

function announce (text) {
  $('status').textContent = text
}

function showError (text) {
  showAlert($('error'), text)
}

function requestedSection () {
  return new URLSearchParams(window.location.search).get('section')
}

class Shell {
  constructor (shell, allowed) {
    this.shell = shell
    this.allowed = allowed
    this.started = new Map()
  }

  /** Shows `id` (or the first allowed section), starting it the first time. */
  async show (id, focus) {
    const section = this.allowed.includes(id) ? id : this.allowed[0] || 'none'
    for (const element of document.querySelectorAll('[data-section]')) {
      element.hidden = element.dataset.section !== section
    }
    for (const link of document.querySelectorAll('[data-section-link]')) {
      const current = link.dataset.sectionLink === section
      link.classList.toggle('pf-m-current', current)
      if (current) link.setAttribute('aria-current', 'page')
      else link.removeAttribute('aria-current')
    }
    showError('')
    announce('')
    if (focus) $('main').focus()
    if (section !== 'none' && !this.started.has(section)) {
      this.started.set(section, SECTIONS[section].start(this.shell))
      await this.started.get(section)
    }
  }

  /** Hooks the sections return (bulk reset: forget one-time passwords) run before sign-out. */
  async clearAll () {
    for (const started of this.started.values()) {
      const clear = await started
      if (typeof clear === 'function') clear()
    }
  }
}

function linkTo (section) {
  const url = new URL(window.location.href)
  url.searchParams.set('section', section)
  url.hash = ''
  return url.pathname + url.search
}

/** What the admin may do here; a user who is no admin of the realm at all (403) may do nothing. */
async function capabilitiesOf (api, realm) {
  try {
    return (await api.info(realm)).capabilities || {}
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return {}
    throw error
  }
}

async function main () {
  const app = locateApp()
  const preselection = takePreselection()
  const askedLocale = new URLSearchParams(window.location.search).get('ui_locales')
  const locale = await loadMessages(askedLocale)
  announce(t('passwordCareBulkResetUiSigningIn'))

  const keycloak = new Keycloak({ url: app.serverUrl, realm: app.realm, clientId: CLIENT_ID })
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, locale })
  forgetSavedPreselection()
  const ownLocale = keycloak.tokenParsed.locale
  if (!askedLocale && ownLocale && ownLocale !== locale) {
    await loadMessages(ownLocale)
  }
  $('signed-in-as').textContent = t('passwordCareBulkResetUiSignedInAs', keycloak.tokenParsed.preferred_username)

  const api = new AdminApi(keycloak, app.serverUrl)
  const capabilities = await capabilitiesOf(api, app.realm)
  const allowed = Object.keys(SECTIONS).filter(id => SECTIONS[id].allowed(capabilities))
  const shell = new Shell({ api, keycloak, realm: app.realm, preselection, capabilities, announce, showError }, allowed)

  for (const item of document.querySelectorAll('[data-nav]')) {
    item.hidden = !allowed.includes(item.dataset.nav)
  }
  for (const link of document.querySelectorAll('[data-section-link]')) {
    link.href = linkTo(link.dataset.sectionLink)
    link.addEventListener('click', event => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
      event.preventDefault()
      window.history.pushState(null, '', link.href)
      shell.show(link.dataset.sectionLink, true)
    })
  }
  window.addEventListener('popstate', () => shell.show(requestedSection(), true))
  $('sidebar').hidden = allowed.length === 0

  $('sign-out').hidden = false
  $('sign-out').addEventListener('click', async () => {
    await shell.clearAll()
    keycloak.logout({ redirectUri: window.location.origin + window.location.pathname })
  })
  await shell.show(requestedSection(), false)
}

main().catch(error => {
  showError(error && error.status ? describeError(error) : t('passwordCareBulkResetUiErrorUnexpected'))
  announce('')
})
