// The Expiring passwords section: the expiry report (GET .../password-care/expiring-passwords) with
// its filters, paging and CSV, and "select → send reset links": a bulk reset in email-link mode for
// the selected users, previewed (dry run) before it is confirmed, as in the bulk reset section.
import { t } from './i18n.js'
import { cell, describeError, download, element, showAlert, timestamp } from './ui.js'

const $ = id => document.getElementById(id)

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
const STATUS_KEYS = {
  'email-sent': 'passwordCareBulkResetUiStatusEmailSent',
  'would-reset': 'passwordCareBulkResetUiStatusWouldReset',
  skipped: 'passwordCareBulkResetUiStatusSkipped',
  failed: 'passwordCareBulkResetUiStatusFailed'
}

class ExpiringSection {
  constructor (shell) {
    this.api = shell.api
    this.realm = shell.realm
    this.mayReset = shell.capabilities.bulkReset
    this.first = 0
    this.loads = 0
    this.selected = new Map() // user id → username, across pages
    this.previewed = null // the user ids of the last preview, while the selection is unchanged
    this.busy = false
    this.body = $('expiring-table').querySelector('tbody')
  }

  /** The filter as the report's query: withinDays, or expired=true. */
  filter () {
    const expired = $('expiring-expired').checked
    const days = $('expiring-within').value.trim()
    return expired ? { expired: 'true' } : { withinDays: days }
  }

  perPage () {
    return Number($('expiring-per-page').value)
  }

  /** Loads the current page; an answer overtaken by a newer request is dropped. */
  async load () {
    const version = ++this.loads
    const table = $('expiring-table')
    table.setAttribute('aria-busy', 'true')
    showAlert($('expiring-error'), '')
    try {
      const page = await this.api.expiringPasswords(this.realm, { ...this.filter(), first: this.first, max: this.perPage() })
      if (version === this.loads) this.render(page)
    } catch (error) {
      if (version !== this.loads) return
      $('expiring-list').hidden = true
      $('expiring-empty').hidden = true
      showAlert($('expiring-error'), describeError(error))
    } finally {
      if (version === this.loads) table.removeAttribute('aria-busy')
    }
  }

  render (page) {
    const showExempt = $('expiring-exempt').checked
    const rows = page.users.filter(user => showExempt || !user.exempt)
    this.body.replaceChildren(...rows.map(user => this.row(user)))
    const empty = page.total === 0
    $('expiring-list').hidden = empty
    $('expiring-empty').hidden = !empty
    const last = Math.min(this.first + page.users.length, page.total)
    $('expiring-range').textContent = t('passwordCareAdminUiRange', empty ? 0 : this.first + 1, last, page.total)
    $('expiring-prev').disabled = this.first === 0
    $('expiring-next').disabled = last >= page.total
    this.updateSelection()
  }

  row (user) {
    const tr = element('tr', 'pf-v5-c-table__tr')
    tr.dataset.userId = user.userId
    const check = element('td', 'pf-v5-c-table__td pf-v5-c-table__check')
    const box = element('input')
    box.type = 'checkbox'
    box.className = 'pc-select'
    box.checked = this.selected.has(user.userId)
    box.disabled = !this.mayReset
    box.setAttribute('aria-label', t('passwordCareAdminUiExpiringSelect', user.username))
    box.addEventListener('change', () => {
      if (box.checked) this.selected.set(user.userId, user.username)
      else this.selected.delete(user.userId)
      this.updateSelection()
    })
    check.append(box)
    const name = cell(user.username, 'th')
    name.scope = 'row'
    const status = user.exempt
      ? t('passwordCareAdminUiExpiringExempt', exemptReason(user.exemptBecause))
      : user.expired ? t('passwordCareAdminUiExpiringExpired') : t('passwordCareAdminUiExpiringActive')
    tr.append(check, name, cell(user.email || ''), cell(formatDate(user.passwordSetAt)),
      cell(formatDate(user.expiresAt)), cell(String(user.daysLeft)), cell(status))
    return tr
  }

  updateSelection () {
    this.previewed = null
    const count = this.selected.size
    $('expiring-selected-count').textContent = t('passwordCareAdminUiExpiringSelectedCount', count)
    $('expiring-preview').disabled = this.busy || count === 0
    $('expiring-confirm').disabled = true
    const boxes = [...this.body.querySelectorAll('input.pc-select')]
    $('expiring-select-all').checked = boxes.length > 0 && boxes.every(box => box.checked)
  }

  selectAllOnPage (checked) {
    for (const box of this.body.querySelectorAll('input.pc-select')) {
      if (box.checked !== checked) {
        box.checked = checked
        box.dispatchEvent(new Event('change'))
      }
    }
  }

  async csv () {
    showAlert($('expiring-error'), '')
    try {
      const blob = await this.api.expiringPasswordsCsv(this.realm, this.filter())
      download(blob, `password-care-expiring-passwords-${this.realm}-${timestamp()}.csv`)
      $('status').textContent = t('passwordCareBulkResetUiCsvReady')
    } catch (error) {
      showAlert($('expiring-error'), describeError(error))
    }
  }

  /** Preview (dry run) or send the reset links for the selected users. */
  async sendLinks (dryRun) {
    if (this.busy) return
    const userIds = dryRun ? [...this.selected.keys()] : this.previewed
    if (!userIds || userIds.length === 0) return
    this.busy = true
    $('expiring-preview').disabled = true
    $('expiring-confirm').disabled = true
    $('expiring-send').setAttribute('aria-busy', 'true')
    showAlert($('expiring-error'), '')
    try {
      const response = await this.api.bulkReset(this.realm, { userIds, mode: 'email-link', dryRun })
      this.showResults(response)
      this.previewed = dryRun && (response.results || []).some(r => r.status === 'would-reset') ? userIds : null
    } catch (error) {
      this.previewed = null
      showAlert($('expiring-error'), describeError(error))
    } finally {
      this.busy = false
      $('expiring-send').removeAttribute('aria-busy')
      $('expiring-preview').disabled = this.selected.size === 0
      $('expiring-confirm').disabled = !this.previewed
    }
  }

  showResults (response) {
    const heading = $('expiring-results-heading')
    heading.textContent = t(response.dryRun ? 'passwordCareAdminUiExpiringPreviewHeading' : 'passwordCareAdminUiExpiringSentHeading')
    $('expiring-results-summary').textContent = t(
      response.dryRun ? 'passwordCareBulkResetUiPreviewSummary' : 'passwordCareBulkResetUiResultsSummary',
      response.total, response.succeeded, response.failed, response.skipped)
    const rows = (response.results || []).map(result => {
      const tr = element('tr', 'pf-v5-c-table__tr')
      tr.dataset.status = result.status
      const name = cell(result.username || result.userId || '', 'th')
      name.scope = 'row'
      tr.append(name, cell(STATUS_KEYS[result.status] ? t(STATUS_KEYS[result.status]) : result.status),
        cell(REASON_KEYS[result.reason] ? t(REASON_KEYS[result.reason]) : result.reason || ''))
      return tr
    })
    $('expiring-results-table').querySelector('tbody').replaceChildren(...rows)
    $('expiring-results').hidden = false
    heading.tabIndex = -1
    heading.focus()
  }
}

function exemptReason (because) {
  if (!because) return ''
  if (because === 'user') return t('passwordCareAdminUiExpiringExemptUser')
  if (because === 'service-account') return t('passwordCareAdminUiExpiringExemptServiceAccount')
  if (because.startsWith('group:')) return t('passwordCareAdminUiExpiringExemptGroup', because.slice(6))
  return because
}

function formatDate (iso) {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' })
}

export async function startExpiring (shell) {
  const section = new ExpiringSection(shell)
  $('expiring-send').hidden = !section.mayReset
  $('expiring-select-all').disabled = !section.mayReset
  $('expiring-filters').addEventListener('submit', event => {
    event.preventDefault()
    section.first = 0
    section.selected.clear()
    $('expiring-results').hidden = true
    section.load()
  })
  $('expiring-expired').addEventListener('change', () => {
    $('expiring-within').disabled = $('expiring-expired').checked
  })
  $('expiring-per-page').addEventListener('change', () => {
    section.first = 0
    section.load()
  })
  $('expiring-prev').addEventListener('click', () => {
    section.first = Math.max(0, section.first - section.perPage())
    section.load()
  })
  $('expiring-next').addEventListener('click', () => {
    section.first += section.perPage()
    section.load()
  })
  $('expiring-csv').addEventListener('click', () => section.csv())
  $('expiring-select-all').addEventListener('change', event => section.selectAllOnPage(event.target.checked))
  $('expiring-preview').addEventListener('click', () => section.sendLinks(true))
  $('expiring-confirm').addEventListener('click', () => section.sendLinks(false))
  await section.load()
}
