// The realm to work on and its groups, for the selects of the form.
import { t } from './i18n.js'

/**
 * The master realm's page lets its admin pick any realm they may manage (GET /admin/realms);
 * a realm's own page works on that realm only.
 */
export async function loadRealms (api, pageRealm, select, field, fixed) {
  if (pageRealm !== 'master') {
    select.replaceChildren(option(pageRealm, pageRealm))
    fixed.textContent = t('passwordCareBulkResetUiRealmFixed', pageRealm)
    fixed.hidden = false
    return
  }
  const realms = await api.realms()
  const names = realms.map(realm => realm.realm).sort((a, b) => a.localeCompare(b))
  select.replaceChildren(...names.map(name => option(name, name)))
  const other = names.find(name => name !== 'master')
  select.value = other || 'master'
  field.hidden = false
}

/** All groups of the realm (subgroups after their parents, by path), as options. */
export async function loadGroups (api, realm, select) {
  const options = [option('', t('passwordCareBulkResetUiGroupChoose'))]
  await addGroups(api, realm, null, options)
  select.replaceChildren(...options)
}

async function addGroups (api, realm, parentId, options) {
  const groups = await api.groups(realm, parentId)
  for (const group of groups) {
    options.push(option(group.id, group.path || group.name))
    if (group.subGroupCount > 0 && options.length < 2000) {
      await addGroups(api, realm, group.id, options)
    }
  }
}

function option (value, label) {
  const element = document.createElement('option')
  element.value = value
  element.textContent = label
  return element
}
