// The progress bar of a streamed bulk reset (PatternFly pf-v5-c-progress): how many of the previewed
// users are done. role=progressbar with aria-valuenow/-max/-text, so screen readers can ask for it.
import { t } from './i18n.js'

export class Progress {
  constructor (element) {
    this.element = element
    this.bar = element.querySelector('[role="progressbar"]')
    this.indicator = element.querySelector('.pf-v5-c-progress__indicator')
    this.measure = element.querySelector('.pf-v5-c-progress__measure')
  }

  start (total) {
    this.total = Math.max(total, 0)
    this.element.classList.remove('pf-m-success', 'pf-m-warning', 'pf-m-danger')
    this.element.hidden = false
    this.set(0)
  }

  /** `done` users of the total; more than the total (users added since the preview) shows full. */
  set (done) {
    const max = Math.max(this.total, done)
    const percent = max === 0 ? 100 : Math.round((done / max) * 100)
    const text = t('passwordCareBulkResetUiProgressMeasure', done, max)
    this.bar.setAttribute('aria-valuemax', String(max))
    this.bar.setAttribute('aria-valuenow', String(done))
    this.bar.setAttribute('aria-valuetext', text)
    this.indicator.style.width = `${percent}%` // CSSOM: allowed by the page's strict CSP
    this.measure.textContent = text
  }

  /** Colours the finished bar: success, or warning when cancelled or cut off. */
  end (complete) {
    this.element.classList.add(complete ? 'pf-m-success' : 'pf-m-warning')
  }

  hide () {
    this.element.hidden = true
  }
}
