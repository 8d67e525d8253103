// Small DOM helpers every section uses: PatternFly alerts, error texts, table cells, downloads.
import { ApiError } from './api.js'
import { t } from './i18n.js'

/** Shows `text` in a PatternFly inline alert (`element` is the .pf-v5-c-alert); '' hides it. */
export function showAlert (element, text) {
  const title = document.createElement('p')
  title.className = 'pf-v5-c-alert__title'
  title.textContent = text
  element.replaceChildren(title)
  element.hidden = !text
}

/** A user-facing text for a failed call; the server's {"error"} answer is shown as it wrote it. */
export function describeError (error) {
  if (error && error.messageKey) return t(error.messageKey)
  if (error instanceof ApiError) {
    if (error.status === 401) return t('passwordCareBulkResetUiErrorSignedOut')
    if (error.status === 403) return t('passwordCareBulkResetUiErrorForbidden')
    return t('passwordCareBulkResetUiErrorHttp', error.status, error.detail)
  }
  return t('passwordCareBulkResetUiErrorUnexpected')
}

export function element (tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

export function cell (text, tag = 'td') {
  return element(tag, `pf-v5-c-table__${tag}`, text)
}

/** Saves `blob` as a file through a temporary link: no inline script, nothing sent anywhere. */
export function download (blob, filename) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export function timestamp () {
  return new Date().toISOString().replace(/[:.]/g, '-')
}
