// The results table. One-time passwords live only in this module's memory and the page's DOM:
// never in storage, URLs or the console. clear() drops them.
import { t } from './i18n.js'

const STATUS_KEYS = {
  reset: 'passwordCareBulkResetUiStatusReset',
  'email-sent': 'passwordCareBulkResetUiStatusEmailSent',
  'would-reset': 'passwordCareBulkResetUiStatusWouldReset',
  skipped: 'passwordCareBulkResetUiStatusSkipped',
  failed: 'passwordCareBulkResetUiStatusFailed'
}
// Same columns and cell rules as the API's own CSV (Accept: text/csv, BulkResetCsv).
// Reason codes of the API; other reasons (policy messages) are shown as the server wrote them.
const REASON_KEYS = {
  forbidden: 'passwordCareBulkResetUiReasonForbidden',
  'in-progress': 'passwordCareBulkResetUiReasonInProgress',
  self: 'passwordCareBulkResetUiReasonSelf',
  'service-account': 'passwordCareBulkResetUiReasonServiceAccount',
  disabled: 'passwordCareBulkResetUiReasonDisabled',
  'no-verified-email': 'passwordCareBulkResetUiReasonNoVerifiedEmail',
  'not-found': 'passwordCareBulkResetUiReasonNotFound',
  privileged: 'passwordCareBulkResetUiReasonPrivileged'
}
const CSV_COLUMNS = ['username', 'email', 'status', 'temporaryPassword', 'reason']
// A spreadsheet runs a field starting with = + - @ as a formula, and Dutch or German Excel starts
// a field after every ';' whatever the quotes say: same pattern as BulkResetCsv.FORMULA_AT_FIELD_START.
const FORMULA_AT_FIELD_START = /(^|[;\t\r\n])(?=[ "]*[=+\-@])/g

export class Results {
  constructor (section, announce) {
    this.section = section
    this.announce = announce
    this.body = section.querySelector('tbody')
    this.rows = []
    section.querySelector('#copy-all').addEventListener('click', () => this.#copyAll())
    section.querySelector('#download-csv').addEventListener('click', () => this.#downloadCsv())
  }

  show (response, realm) {
    this.start(realm, response.dryRun)
    for (const row of response.results || []) {
      this.add(row)
    }
    this.finish(response)
  }

  /** An empty table under its heading, for rows to come (a streamed reset adds them one by one). */
  start (realm, dryRun) {
    this.clear()
    this.realm = realm
    this.dryRun = dryRun
    const heading = this.section.querySelector('#results-heading')
    heading.textContent = t(dryRun ? 'passwordCareBulkResetUiPreviewHeading' : 'passwordCareBulkResetUiResultsHeading')
    this.setSummary('')
    this.#showPasswordTools(false)
    this.section.hidden = false
    heading.tabIndex = -1
    heading.focus()
  }

  add (row) {
    this.rows.push(row)
    this.body.append(this.#row(row))
    if (row.temporaryPassword) this.#showPasswordTools(true)
  }

  /** The totals, from the JSON answer or the stream's summary line (same field names). */
  finish (totals) {
    this.setSummary(t(
      this.dryRun ? 'passwordCareBulkResetUiPreviewSummary' : 'passwordCareBulkResetUiResultsSummary',
      totals.total, totals.succeeded, totals.failed, totals.skipped))
  }

  setSummary (text) {
    this.section.querySelector('#results-summary').textContent = text
  }

  #showPasswordTools (shown) {
    this.section.querySelector('#results-once').hidden = !shown
    this.section.querySelector('#copy-all').hidden = !shown
  }

  clear () {
    this.rows = []
    this.body.replaceChildren()
    this.section.hidden = true
  }

  #row (result) {
    const tr = document.createElement('tr')
    tr.className = 'pf-v5-c-table__tr'
    tr.dataset.status = result.status
    const name = document.createElement('th')
    name.className = 'pf-v5-c-table__th'
    name.scope = 'row'
    name.textContent = result.username || result.userId || ''
    tr.append(name, cell(STATUS_KEYS[result.status] ? t(STATUS_KEYS[result.status]) : result.status))
    const password = document.createElement('td')
    password.className = 'pf-v5-c-table__td'
    if (result.temporaryPassword) {
      const code = document.createElement('code')
      code.className = 'pc-password'
      code.textContent = result.temporaryPassword
      const copy = document.createElement('button')
      copy.type = 'button'
      copy.className = 'pf-v5-c-button pf-m-secondary pf-m-small'
      copy.textContent = t('passwordCareBulkResetUiCopy')
      copy.setAttribute('aria-label', t('passwordCareBulkResetUiCopyFor', name.textContent))
      copy.addEventListener('click', () => this.#copy(result.temporaryPassword))
      password.append(code, ' ', copy)
    }
    tr.append(password, cell(REASON_KEYS[result.reason] ? t(REASON_KEYS[result.reason]) : result.reason || ''))
    return tr
  }

  #copyAll () {
    const lines = this.rows.filter(row => row.temporaryPassword)
      .map(row => `${row.username}\t${row.temporaryPassword}`)
    this.#copy(lines.join('\n'))
  }

  async #copy (text) {
    try {
      await navigator.clipboard.writeText(text)
      this.announce(t('passwordCareBulkResetUiCopied'))
    } catch {
      this.announce(t('passwordCareBulkResetUiCopyFailed'))
    }
  }

  #downloadCsv () {
    // Built here from the one response: asking the server again would reset the passwords again.
    const csv = toCsv(this.rows)
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = `password-care-bulk-reset-${this.realm}-${new Date().toISOString().replace(/[:.]/g, '-')}.csv`
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    this.announce(t('passwordCareBulkResetUiCsvReady'))
  }
}

function cell (text) {
  const td = document.createElement('td')
  td.className = 'pf-v5-c-table__td'
  td.textContent = text
  return td
}

/**
 * RFC 4180 CSV. Each piece of a cell a spreadsheet would run as a formula (at the cell's start or
 * after ; tab or a line break) gets a leading apostrophe, except in the password, which must stay
 * exactly as generated (it holds no separator and never starts with a formula character).
 */
export function toCsv (rows) {
  const quote = (value, column) => {
    let text = value === undefined || value === null ? '' : String(value)
    if (column !== 'temporaryPassword') text = text.replace(FORMULA_AT_FIELD_START, "$1'")
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const lines = [CSV_COLUMNS.join(',')]
  for (const row of rows) {
    lines.push(CSV_COLUMNS.map(column => quote(row[column], column)).join(','))
  }
  return lines.join('\r\n') + '\r\n'
}
