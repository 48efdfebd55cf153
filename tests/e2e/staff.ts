import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, type Page, request } from '@playwright/test'

import { hub } from './hub'

export type Account = { id: number; email: string; password: string }

/**
 * One connection per request: the CMS closes a connection left idle for 5 s (Node's default), and
 * a request sent on it at that very moment failed with ECONNRESET when a test in a browser kept a
 * context idle for about that long.
 */
const ownConnection = { Connection: 'close' }

/** The CMS's REST API signed in as this account (token in the Authorization header). */
async function signedInApi(email: string, password: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL: hub.cmsUrl, extraHTTPHeaders: ownConnection })
  const login = await anonymous.post('/api/users/login', { data: { email, password } })
  expect(login.ok(), await login.text()).toBe(true)
  const { token } = await login.json()
  await anonymous.dispose()
  return request.newContext({
    baseURL: hub.cmsUrl,
    extraHTTPHeaders: { ...ownConnection, Authorization: `JWT ${token}` },
  })
}

/** The CMS's REST API as the first admin (its password comes from global setup). */
export const adminApi = () => signedInApi(hub.admin.email, process.env.E2E_ADMIN_PASSWORD ?? '')

export async function houseId(api: APIRequestContext, name: string): Promise<number> {
  const found = await api.get('/api/houses', { params: { 'where[name][equals]': name, depth: 0 } })
  const id = (await found.json()).docs[0]?.id
  expect(id, `demo house ${name}`).toBeDefined()
  return id
}

/** A new editor of one house, created for the test and removed by it. */
export async function createEditor(api: APIRequestContext, house: number, label: string): Promise<Account> {
  const email = `${label}-${randomBytes(4).toString('hex')}@test.coope`
  const password = randomBytes(18).toString('base64url')
  const created = await api.post('/api/users', {
    data: { name: label, email, password, role: 'editor', houses: [house] },
  })
  expect(created.ok(), await created.text()).toBe(true)
  return { id: (await created.json()).doc.id, email, password }
}

/** Signs in to /admin through the login form, as a person would. */
export async function signIn(page: Page, account: Account): Promise<void> {
  await page.goto(`${hub.cmsUrl}/admin/login`)
  await page.getByLabel('E-mail').fill(account.email)
  await page.getByLabel('Mot de passe').fill(account.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL(`${hub.cmsUrl}/admin`)
}

/** The REST API as this account. */
export const apiAs = (account: Account) => signedInApi(account.email, account.password)

/**
 * Releases every document lock held by `api`'s account. An edit view in the admin locks its
 * document, and the lock outlives the closed page (Payload's `lockDocuments`, five minutes):
 * meanwhile anyone else's delete of that document is refused with a 423.
 */
export async function releaseLocks(api: APIRequestContext): Promise<void> {
  // The lock rules let an account delete by `where` only its own locks (cms/access/locks.ts).
  const released = await api.delete('/api/payload-locked-documents', { params: { 'where[id][exists]': 'true' } })
  expect(released.ok(), await released.text()).toBe(true)
}

/** Deletes a document a test created (`/api/events/12`), which must go or be gone already. */
export async function deleteCreated(api: APIRequestContext, path: string): Promise<void> {
  const deleted = await api.delete(path)
  expect([200, 404], `DELETE ${path}: ${await deleted.text()}`).toContain(deleted.status())
}
