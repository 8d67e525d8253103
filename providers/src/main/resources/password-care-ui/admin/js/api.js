// Calls Keycloak's admin REST API with the signed-in admin's access token.

export class ApiError extends Error {
  constructor (status, detail) {
    super(`HTTP ${status}`)
    this.status = status
    this.detail = detail
  }
}

/** A streamed answer that ended before its totals line (connection lost, server stopping). */
export class StreamCutError extends Error {
  constructor () {
    super('stream cut')
  }
}

export class AdminApi {
  constructor (keycloak, serverUrl) {
    this.keycloak = keycloak
    this.base = `${serverUrl}/admin/realms`
  }

  realms () {
    return this.#call('?briefRepresentation=true')
  }

  /** Top-level groups, or the children of `parentId`. */
  groups (realm, parentId) {
    const path = parentId ? `/groups/${encodeURIComponent(parentId)}/children` : '/groups'
    return this.#call(`/${encodeURIComponent(realm)}${path}?briefRepresentation=true&max=500`)
  }

  user (realm, id) {
    return this.#call(`/${encodeURIComponent(realm)}/users/${encodeURIComponent(id)}`)
  }

  bulkReset (realm, body) {
    return this.#call(`/${encodeURIComponent(realm)}/password-care/bulk-reset`, body)
  }

  /**
   * The bulk reset as a stream (Accept: application/x-ndjson): `onRow` gets each user's row as the
   * server finishes it; aborting `signal` closes the connection, and the server starts no more
   * users. Resolves with the totals line.
   */
  async bulkResetStream (realm, body, { signal, onRow }) {
    const response = await this.#fetch(`/${encodeURIComponent(realm)}/password-care/bulk-reset`,
      'POST', body, 'application/x-ndjson', signal)
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) throw new StreamCutError()
      buffer += value
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end).trim()
        buffer = buffer.slice(end + 1)
        if (!line) continue
        const item = JSON.parse(line)
        if (item.type === 'summary') return item
        onRow(item)
      }
    }
  }

  /** Version, features and what the caller may do here (`capabilities`). */
  info (realm) {
    return this.#call(`/${encodeURIComponent(realm)}/password-care/info`)
  }

  /** The expiry report: {total, users}; `query` holds withinDays / expired / first / max. */
  expiringPasswords (realm, query) {
    return this.#call(`/${encodeURIComponent(realm)}/password-care/expiring-passwords?${new URLSearchParams(query)}`)
  }

  /** The same report as CSV (every row of the filter), as a Blob. */
  async expiringPasswordsCsv (realm, query) {
    const response = await this.#fetch(
      `/${encodeURIComponent(realm)}/password-care/expiring-passwords?${new URLSearchParams(query)}`,
      'GET', undefined, 'text/csv')
    return response.blob()
  }

  /** SSPR figures of the last `days` (1, 7 or 30) and the registration coverage. */
  activity (realm, days) {
    return this.#call(`/${encodeURIComponent(realm)}/password-care/activity?${new URLSearchParams({ days })}`)
  }

  settings (realm) {
    return this.#call(`/${encodeURIComponent(realm)}/password-care/settings`)
  }

  /** Changes the fields in `changes`, keeps the others; answers the settings as saved. */
  saveSettings (realm, changes) {
    return this.#call(`/${encodeURIComponent(realm)}/password-care/settings`, changes, 'PUT')
  }

  async #call (path, body, method) {
    const response = await this.#fetch(path, method || (body === undefined ? 'GET' : 'POST'), body, 'application/json')
    return response.json()
  }

  async #fetch (path, method, body, accept, signal) {
    // Refreshes the token when it has less than 30 s left; fails when the session is gone.
    await this.keycloak.updateToken(30)
    const headers = { Authorization: `Bearer ${this.keycloak.token}`, Accept: accept }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json'
    }
    const response = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal
    })
    if (!response.ok) {
      throw new ApiError(response.status, await errorText(response))
    }
    return response
  }
}

async function errorText (response) {
  try {
    const body = await response.json()
    return body.error || body.errorMessage || ''
  } catch {
    return ''
  }
}
