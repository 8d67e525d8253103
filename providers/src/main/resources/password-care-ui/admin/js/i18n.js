// App text: every visible string comes from the server's message bundles (messages?locale=..).
let messages = {}

/** Loads the bundle for `requested` (or the browser's Accept-Language) and fills the page. */
export async function loadMessages (requested) {
  const url = new URL('messages', window.location.href)
  if (requested) {
    url.searchParams.set('locale', requested)
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' })
  if (!response.ok) {
    throw new Error(`messages: HTTP ${response.status}`)
  }
  const body = await response.json()
  messages = body.messages
  document.documentElement.lang = body.locale
  applyMessages(document)
  return body.locale
}

/** The text for `key` with {0}, {1}.. filled in; the key itself when the bundle lacks it. */
export function t (key, ...args) {
  const text = messages[key]
  if (text === undefined) {
    return key
  }
  // Keycloak bundles use java.text.MessageFormat quoting: '' is one apostrophe.
  return text.replace(/\{(\d+)\}/g, (whole, i) => (args[i] === undefined ? whole : String(args[i])))
    .replace(/''/g, "'")
}

export function applyMessages (root) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n)
  }
  for (const element of root.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel))
  }
}
