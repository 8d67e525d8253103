// The Settings section: the realm's Password care settings (GET/PUT .../password-care/settings) as
// a form built from settings-fields.js. Only changed fields are sent; the server checks them and a
// refusal (400 {"error"}) is shown above the form as the server wrote it, nothing saved. Without
// manage-realm the form is read-only.
import { t } from './i18n.js'
import { SETTINGS_GROUPS, labelKey } from './settings-fields.js'
import { describeError, element, showAlert } from './ui.js'

const $ = id => document.getElementById(id)

function fieldId (name) {
  return `setting-${name}`
}

/** One form group: label, control, help text (bound by aria-describedby). */
function renderField (field, value, editable) {
  const group = element('div', 'pf-v5-c-form__group')
  group.dataset.setting = field.name
  const id = fieldId(field.name)
  const helpId = `${id}-help`
  const labelBox = element('div', 'pf-v5-c-form__group-label')
  const control = element('div', 'pf-v5-c-form__group-control')
  const help = element('small', 'pc-help', t(labelKey(field.name) + 'Help'))
  help.id = helpId

  if (field.kind === 'boolean') {
    const label = element('label', 'pf-v5-c-check')
    const input = element('input', 'pf-v5-c-check__input')
    input.type = 'checkbox'
    input.id = id
    input.name = field.name
    input.checked = value === true
    input.disabled = !editable
    input.setAttribute('aria-describedby', helpId)
    label.append(input, ' ', element('span', 'pf-v5-c-check__label', t(labelKey(field.name))))
    control.append(label, help)
    group.append(labelBox, control)
    return group
  }
  if (field.kind === 'choices') {
    const fieldset = element('fieldset', 'pc-choices')
    fieldset.id = id
    fieldset.setAttribute('aria-describedby', helpId)
    fieldset.append(element('legend', 'pf-v5-c-form__label', t(labelKey(field.name))))
    for (const option of field.options) {
      const label = element('label', 'pf-v5-c-check')
      const input = element('input', 'pf-v5-c-check__input')
      input.type = 'checkbox'
      input.name = field.name
      input.value = option
      input.checked = (value || []).includes(option)
      input.disabled = !editable
      label.append(input, ' ', element('span', 'pf-v5-c-check__label', option))
      fieldset.append(label)
    }
    control.append(fieldset, help)
    group.append(labelBox, control)
    return group
  }

  const label = element('label', 'pf-v5-c-form__label')
  label.htmlFor = id
  label.append(element('span', 'pf-v5-c-form__label-text', t(labelKey(field.name))))
  labelBox.append(label)
  let input
  if (field.kind === 'choice') {
    input = element('select')
    for (const option of field.options) {
      const item = element('option', '', option)
      item.value = option
      input.append(item)
    }
    input.value = value
  } else if (field.kind === 'lines') {
    input = element('textarea')
    input.rows = Math.min(10, Math.max(3, (value || []).length))
    input.value = (value || []).join('\n')
  } else {
    input = element('input')
    input.type = field.kind === 'number' ? 'number' : 'text'
    input.value = field.kind === 'numbers' ? (value || []).join(', ') : value ?? ''
  }
  input.id = id
  input.name = field.name
  input.disabled = !editable
  input.setAttribute('aria-describedby', helpId)
  const box = element('span', 'pf-v5-c-form-control')
  box.append(input)
  control.append(box, help)
  group.append(labelBox, control)
  return group
}

/**
 * The field's value as JSON. What does not parse goes to the server as typed, so its answer names
 * the field and the rule (the app does not repeat the server's checks).
 */
function readField (form, field) {
  if (field.kind === 'boolean') return form.elements[field.name].checked
  if (field.kind === 'choices') {
    return [...form.querySelectorAll(`input[name="${field.name}"]`)].filter(box => box.checked).map(box => box.value)
  }
  const raw = form.elements[field.name].value
  if (field.kind === 'number') return /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw
  if (field.kind === 'lines') return raw.split('\n').map(line => line.trim()).filter(Boolean)
  if (field.kind === 'numbers') {
    return raw.split(/[\s,;]+/).filter(Boolean).map(part => (/^-?\d+$/.test(part) ? Number(part) : part))
  }
  return raw.trim()
}

function sameValue (a, b) {
  return JSON.stringify(a) === JSON.stringify(b)
}

class SettingsSection {
  constructor (shell) {
    this.api = shell.api
    this.realm = shell.realm
    this.editable = shell.capabilities.manageSettings
    this.form = $('settings-form')
    this.stored = null
    this.busy = false
  }

  fields () {
    return SETTINGS_GROUPS.flatMap(group => group.fields).filter(field => field.name in this.stored)
  }

  render () {
    const groups = SETTINGS_GROUPS.map(group => {
      const fields = group.fields.filter(field => field.name in this.stored)
      if (fields.length === 0) return null
      const fieldset = element('fieldset', 'pc-settings-group')
      fieldset.append(element('legend', '', t(group.title)))
      fieldset.append(...fields.map(field => renderField(field, this.stored[field.name], this.editable)))
      return fieldset
    }).filter(Boolean)
    $('settings-groups').replaceChildren(...groups)
    $('settings-save').parentElement.hidden = !this.editable
    $('settings-read-only').hidden = this.editable
    this.form.hidden = false
  }

  async load () {
    try {
      this.stored = await this.api.settings(this.realm)
      this.render()
    } catch (error) {
      showAlert($('settings-error'), describeError(error))
    }
  }

  changes () {
    const changes = {}
    for (const field of this.fields()) {
      const value = readField(this.form, field)
      if (!sameValue(value, this.stored[field.name])) changes[field.name] = value
    }
    return changes
  }

  async save () {
    if (this.busy || !this.editable) return
    showAlert($('settings-error'), '')
    showAlert($('settings-saved'), '')
    const changes = this.changes()
    if (Object.keys(changes).length === 0) {
      showAlert($('settings-saved'), t('passwordCareAdminUiSettingsUnchanged'))
      return
    }
    this.busy = true
    $('settings-save').disabled = true
    this.form.setAttribute('aria-busy', 'true')
    try {
      this.stored = await this.api.saveSettings(this.realm, changes)
      this.render()
      showAlert($('settings-saved'), t('passwordCareAdminUiSettingsSaved'))
    } catch (error) {
      const text = error.status === 400 && error.detail
        ? t('passwordCareAdminUiSettingsRefused', error.detail)
        : describeError(error)
      showAlert($('settings-error'), text)
      $('settings-error').tabIndex = -1
      $('settings-error').focus()
    } finally {
      this.busy = false
      $('settings-save').disabled = false
      this.form.removeAttribute('aria-busy')
    }
  }
}

export async function startSettings (shell) {
  const section = new SettingsSection(shell)
  section.form.addEventListener('submit', event => {
    event.preventDefault()
    section.save()
  })
  $('settings-revert').addEventListener('click', () => {
    showAlert($('settings-error'), '')
    showAlert($('settings-saved'), '')
    section.render()
  })
  await section.load()
}
