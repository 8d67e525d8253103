// The bulk reset section: previews and runs POST /admin/realms/{realm}/password-care/bulk-reset.
// The shell (app.js) has signed the admin in; this section was the whole bulk reset page before.
// The preview is one JSON answer; the reset itself streams (ndjson), with a progress bar and Cancel.
import { StreamCutError } from './api.js'
import { t } from './i18n.js'
import { preselectRealm, preselectUsers } from './preselect.js'
import { Progress } from './progress.js'
import { readRequest } from './request.js'
import { Results } from './results.js'
import { loadGroups, loadRealms } from './targets.js'
import { describeError } from './ui.js'

const $ = id => document.getElementById(id)
const form = $('reset-form')
const confirmButton = $('confirm')
const previewButton = $('preview')
const cancelButton = $('cancel-reset')
let previewed = null
let previewedTotal = 0
let running = null // the AbortController of the reset being streamed
let busy = false
let formVersion = 0 // counts form changes: a preview answered after a change confirms nothing
let announce = () => {}
let showError = () => {}
const describe = describeError

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
  if (!dryRun) {
    await runStreamed(api, results, request, realm)
    return
  }
  try {
    const response = await api.bulkReset(realm, { ...request, dryRun })
    results.show(response, realm)
    previewed = dryRun && response.total > 0 && version === formVersion ? request : null
    previewedTotal = response.total
    announce(t(dryRun ? 'passwordCareBulkResetUiPreviewDone' : 'passwordCareBulkResetUiRunDone', response.total))
  } catch (error) {
    previewed = null
    announce('')
    showError(describe(error))
  } finally {
    setBusy(false)
  }
}

/**
 * The reset itself, streamed: each user's row is shown as the server finishes it. Cancel aborts the
 * fetch; the server then starts no further user, and users being reset at that moment finish there.
 * Either way the preview no longer holds: Confirm needs a new one.
 */
async function runStreamed (api, results, request, realm) {
  const progress = new Progress($('reset-progress'))
  const controller = new AbortController()
  running = controller
  let done = 0
  results.start(realm, false)
  progress.start(previewedTotal)
  cancelButton.hidden = false
  cancelButton.disabled = false
  try {
    const summary = await api.bulkResetStream(realm, { ...request, dryRun: false }, {
      signal: controller.signal,
      onRow: row => {
        results.add(row)
        progress.set(++done)
      }
    })
    results.finish(summary)
    progress.end(true)
    announce(t('passwordCareBulkResetUiRunDone', summary.total))
  } catch (error) {
    progress.end(false)
    if (controller.signal.aborted) {
      const text = t('passwordCareBulkResetUiCancelled', done, Math.max(previewedTotal, done))
      results.setSummary(text)
      announce(text)
    } else if (error instanceof StreamCutError) {
      const text = t('passwordCareBulkResetUiStreamCut', done)
      results.setSummary(text)
      announce('')
      showError(text)
    } else {
      announce('')
      showError(describe(error))
    }
  } finally {
    running = null
    cancelButton.hidden = true
    previewed = null
    setBusy(false)
  }
}

/**
 * Starts the section once the admin is signed in. `shell` gives the API client, the app's realm, the
 * console's preselection and the shared status line and error alert; returns a function that drops
 * the shown results (one-time passwords) before sign-out.
 */
export async function startBulkReset (shell) {
  announce = shell.announce
  showError = shell.showError
  const { api, preselection } = shell
  const results = new Results($('results'), announce)
  try {
    await loadRealms(api, shell.realm, $('realm'), $('realm-field'), $('realm-fixed'))
    preselectRealm(preselection, $('realm'))
  } catch (error) {
    showError(describe(error))
    announce('')
    return () => results.clear()
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
  cancelButton.addEventListener('click', () => {
    cancelButton.disabled = true
    if (running) running.abort()
  })
  onFormChange()
  await preselectUsers(preselection, api, form, $('realm'))
  form.hidden = false
  announce(t('passwordCareBulkResetUiReady'))
  return () => {
    if (running) running.abort()
    results.clear()
  }
}
