// The Activity section (Entra's "usage & insights"): SSPR figures for the last 1, 7 or 30 days and
// the registration coverage, from GET .../password-care/activity?days=N. When the realm does not
// save the login events the figures count, it says so instead of showing zeros as if they were real.
import { t } from './i18n.js'
import { cell, describeError, element, showAlert } from './ui.js'

const $ = id => document.getElementById(id)

const METHODS = [
  ['email', 'passwordCareAdminUiActivityMethodEmail'],
  ['altEmail', 'passwordCareAdminUiActivityMethodAltEmail'],
  ['sms', 'passwordCareAdminUiActivityMethodSms'],
  ['otp', 'passwordCareAdminUiActivityMethodOtp'],
  ['questions', 'passwordCareAdminUiActivityMethodQuestions']
]

const REGISTRATION = [
  ['users0', 'passwordCareAdminUiActivityUsersNone'],
  ['users1', 'passwordCareAdminUiActivityUsersOne'],
  ['users2plus', 'passwordCareAdminUiActivityUsersTwoPlus'],
  ['adminsWithoutTwo', 'passwordCareAdminUiActivityAdminsWithoutTwo'],
  ['usersInScope', 'passwordCareAdminUiActivityUsersInScope']
]

function row (...cells) {
  const tr = element('tr', 'pf-v5-c-table__tr')
  tr.append(...cells)
  return tr
}

/** A figure cell with its column name for PatternFly's stacked (grid) layout on narrow screens. */
function figure (value, labelKey) {
  const td = cell(String(value))
  td.dataset.label = t(labelKey)
  return td
}

class ActivitySection {
  constructor (shell) {
    this.api = shell.api
    this.realm = shell.realm
    this.loads = 0
    this.buttons = [...$('activity-days').querySelectorAll('button[data-days]')]
  }

  selectedDays () {
    const pressed = this.buttons.find(b => b.getAttribute('aria-pressed') === 'true')
    return pressed ? pressed.dataset.days : '30'
  }

  select (button) {
    for (const b of this.buttons) {
      const on = b === button
      b.setAttribute('aria-pressed', String(on))
      b.classList.toggle('pf-m-selected', on)
    }
    this.load()
  }

  /** Loads the figures of the selected period; an answer overtaken by a newer request is dropped. */
  async load () {
    const version = ++this.loads
    const figures = $('activity-figures')
    figures.setAttribute('aria-busy', 'true')
    showAlert($('activity-error'), '')
    try {
      const report = await this.api.activity(this.realm, this.selectedDays())
      if (version === this.loads) this.render(report)
    } catch (error) {
      if (version !== this.loads) return
      figures.hidden = true
      $('activity-events-note').hidden = true
      showAlert($('activity-error'), describeError(error))
    } finally {
      if (version === this.loads) figures.removeAttribute('aria-busy')
    }
  }

  render (report) {
    const from = new Date(report.window.from).toLocaleString(document.documentElement.lang)
    const to = new Date(report.window.to).toLocaleString(document.documentElement.lang)
    $('activity-range').textContent = t('passwordCareAdminUiActivityRange', from, to)
    this.renderEventsNote(report.window, report.eventsStored)
    const eventsOff = !report.eventsStored.enabled
    $('activity-sspr-empty').hidden = !eventsOff
    $('activity-sspr-tables').hidden = eventsOff
    const s = report.sspr
    $('activity-sspr-table').querySelector('tbody').replaceChildren(row(
      figure(s.started, 'passwordCareAdminUiActivityStarted'),
      figure(s.resetsDone, 'passwordCareAdminUiActivityResetsDone'),
      figure(s.failures, 'passwordCareAdminUiActivityFailures'),
      figure(s.lockouts, 'passwordCareAdminUiActivityLockouts')))
    $('activity-methods-table').querySelector('tbody').replaceChildren(...METHODS.map(([key, label]) => {
      const m = s.byMethod[key] || { verified: 0, failed: 0 }
      const name = cell(t(label), 'th')
      name.scope = 'row'
      return row(name,
        figure(m.verified, 'passwordCareAdminUiActivityColumnVerified'),
        figure(m.failed, 'passwordCareAdminUiActivityColumnFailed'))
    }))
    $('activity-registration-table').querySelector('tbody').replaceChildren(...REGISTRATION.map(([key, label]) => {
      const name = cell(t(label), 'th')
      name.scope = 'row'
      const tr = row(name, figure(report.registration[key], 'passwordCareAdminUiActivityColumnUsers'))
      tr.dataset.figure = key
      return tr
    }))
    $('activity-figures').hidden = false
  }

  /** The info alert: events off, some needed types not saved, or kept shorter than the window. */
  renderEventsNote (window, stored) {
    let title = ''
    let body = ''
    if (!stored.enabled) {
      title = t('passwordCareAdminUiActivityEventsOffTitle')
      body = t('passwordCareAdminUiActivityEventsOffBody')
    } else if (stored.missingTypes.length > 0) {
      title = t('passwordCareAdminUiActivityEventsMissingTitle')
      body = t('passwordCareAdminUiActivityEventsMissingBody', stored.missingTypes.join(', '))
    } else if (stored.expirationSeconds > 0 && stored.expirationSeconds < window.days * 86400) {
      title = t('passwordCareAdminUiActivityEventsExpireTitle')
      body = t('passwordCareAdminUiActivityEventsExpireBody', days(stored.expirationSeconds))
    }
    $('activity-events-note-title').textContent = title
    $('activity-events-note-body').textContent = body
    $('activity-events-note').hidden = !title
  }
}

/** Starts the section: wires the period toggle and loads the last 30 days. */
export async function startActivity (shell) {
  const section = new ActivitySection(shell)
  for (const button of section.buttons) {
    button.addEventListener('click', () => section.select(button))
  }
  await section.load()
}

/** "1 day", "7 days", "0.5 days" / "1 dag", "7 dagen" in the page's language. */
function days (seconds) {
  return new Intl.NumberFormat(document.documentElement.lang || 'en', {
    style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1
  }).format(seconds / 86400)
}
