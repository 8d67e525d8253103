// The bulk password reset page: signs the admin in (keycloak-js, authorization code + PKCE),
// then previews and runs POST /admin/realms/{realm}/password-care/bulk-reset.
import Keycloak from '../vendor/lib/keycloak.js'
import { AdminApi, ApiError } from './api.js'
import { loadMessages, t } from './i18n.js'
import { forgetSavedPreselection, preselectRealm, preselectUsers, takePreselection } from './preselect.js'
import { InputError, readRequest } from './request.js'
import { Results } from './results.js'
import { loadGroups, loadRealms } from './targets.js'

const CLIENT_ID = 'password-care-admin-ui'
const $ = id => document.getElementById(id)
const form = $('reset-form')
const confirmButton = $('confirm')
const previewButton = $('preview')
let previewed = null
let busy = false
let formVersion = 0 // counts form changes: a preview answered after a change confirms nothing

function locatePage () {
  const match = window.location.pathname.match(/^(.*)\/realms\/([^/]+)\/password-care\/bulk-reset-ui\//)
  return { serverUrl: window.location.origin + match[1], realm: decodeURIComponent(match[2]) }
}

function announce (text) {
  $('status').textContent = text
}

function showError (text) {
  $('error').textContent = text
  $('error').hidden = !text
}

function describe (error) {
  if (error instanceof InputError) return t(error.messageKey)
  if (error instanceof ApiError) {
    if (error.status === 401) return t('passwordCareBulkResetUiErrorSignedOut')
    if (error.status === 403) return t('passwordCareBulkResetUiErrorForbidden')
    return t('passwordCareBulkResetUiErrorHttp', error.status, error.detail)
  }
  return t('passwordCareBulkResetUiErrorUnexpected')
}

function showFor (attribute, value) {
  for (const element of form.querySelectorAll(`[${attribute}]`)) {
    element.hidden = !element.getAttribute(attribute).split(' ').includes(value)
  }
}

function onFormChange () {
  formVersion++
  previewed = null
  confirmButton.disabled = true // also while busy: the request that runs is not this form's
  showFor('data-select-by', form.elements.selectBy.value)
  showFor('data-mode', form.elements.mode.value)
}

// While a request runs, Preview and Confirm are off: a second click would reset everyone twice.
function setBusy (value) {
  busy = value
  previewButton.disabled = value
  confirmButton.disabled = value || !previewed
  if (value) form.setAttribute('aria-busy', 'true')
  else form.removeAttribute('aria-busy')
}

async function run (api, results, dryRun) {
  if (busy) return
  showError('')
  let request
  try {
    request = dryRun ? readRequest(form) : previewed
  } catch (error) {
    showError(describe(error))
    return
  }
  if (!request) return
  setBusy(true)
  const version = formVersion
  const realm = $('realm').value
  announce(t(dryRun ? 'passwordCareBulkResetUiPreviewing' : 'passwordCareBulkResetUiRunning'))
  try {
    const response = await api.bulkReset(realm, { ...request, dryRun })
    results.show(response, realm)
    previewed = dryRun && response.total > 0 && version === formVersion ? request : null
    announce(t(dryRun ? 'passwordCareBulkResetUiPreviewDone' : 'passwordCareBulkResetUiRunDone', response.total))
  } catch (error) {
    previewed = null
    announce('')
    showError(describe(error))
  } finally {
    setBusy(false)
  }
}

async function main () {
  const page = locatePage()
  const preselection = takePreselection()
  const askedLocale = new URLSearchParams(window.location.search).get('ui_locales')
  const locale = await loadMessages(askedLocale)
  announce(t('passwordCareBulkResetUiSigningIn'))

  const keycloak = new Keycloak({ url: page.serverUrl, realm: page.realm, clientId: CLIENT_ID })
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, locale })
  forgetSavedPreselection()
  const ownLocale = keycloak.tokenParsed.locale
  if (!askedLocale && ownLocale && ownLocale !== locale) {
    await loadMessages(ownLocale)
  }
  $('signed-in-as').textContent = t('passwordCareBulkResetUiSignedInAs', keycloak.tokenParsed.preferred_username)
  const results = new Results($('results'), announce)
  $('sign-out').hidden = false
  $('sign-out').addEventListener('click', () => {
    results.clear()
    keycloak.logout({ redirectUri: window.location.origin + window.location.pathname })
  })

  const api = new AdminApi(keycloak, page.serverUrl)
  try {
    await loadRealms(api, page.realm, $('realm'), $('realm-field'), $('realm-fixed'))
    preselectRealm(preselection, $('realm'))
  } catch (error) {
    showError(describe(error))
    announce('')
    return
  }
  const refreshGroups = async () => {
    try {
      await loadGroups(api, $('realm').value, $('group'))
    } catch (error) {
      // Without query-groups the other ways to pick users still work.
      showError(describe(error))
    }
  }
  await refreshGroups()
  $('realm').addEventListener('change', () => {
    results.clear()
    refreshGroups()
  })
  form.addEventListener('input', onFormChange)
  form.addEventListener('change', onFormChange)
  form.addEventListener('submit', event => {
    event.preventDefault()
    run(api, results, true)
  })
  confirmButton.addEventListener('click', () => run(api, results, false))
  onFormChange()
  await preselectUsers(preselection, api, form, $('realm'))
  form.hidden = false
  announce(t('passwordCareBulkResetUiReady'))
}

main().catch(() => {
  showError(t('passwordCareBulkResetUiErrorUnexpected'))
  announce('')
})
