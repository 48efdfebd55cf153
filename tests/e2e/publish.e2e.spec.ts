import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { hub } from './hub'
import { type Account, adminApi, apiAs, createEditor, deleteCreated, houseId, releaseLocks, signIn } from './staff'

let admin: APIRequestContext
let tilleuls: Account
let port: Account
const createdEvents: number[] = []

test.beforeAll(async () => {
  admin = await adminApi()
  tilleuls = await createEditor(admin, await houseId(admin, 'Maison des Tilleuls'), 'editrice-tilleuls')
  port = await createEditor(admin, await houseId(admin, 'Maison du Port'), 'editeur-port')
})

test.afterAll(async () => {
  const own = await apiAs(tilleuls)
  await releaseLocks(own)
  await own.dispose()
  for (const id of createdEvents) await deleteCreated(admin, `/api/events/${id}`)
  for (const account of [tilleuls, port]) if (account) await deleteCreated(admin, `/api/users/${account.id}`)
  await admin.dispose()
})

/** Tomorrow at 18:30, as typed in the admin's date field (dd/MM/yyyy HH:mm). */
function tomorrowEvening(): string {
  const day = new Date(Date.now() + 86_400_000)
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(day)
  return `${parts} 18:30`
}

test('an editor publishes an event for their house and it is on the agenda at once', async ({ page }) => {
  const title = `Atelier vélo ${randomBytes(3).toString('hex')}`
  await signIn(page, tilleuls)
  await page.goto(`${hub.cmsUrl}/admin/collections/events/create`)
  await page.getByLabel('Titre').fill(title)
  // The date field's own input, not the time-zone picker beside it (disabled while the form loads).
  const start = page.locator('#field-start .react-datepicker__input-container input')
  await start.fill(tomorrowEvening())
  await start.press('Enter')
  // A press during the new draft's autosave does nothing: pressed again, as an editor would, until
  // the event is published.
  await expect(async () => {
    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await expect
      .poll(
        async () => {
          const found = await admin.get('/api/events', {
            params: { 'where[title][equals]': title, 'where[_status][equals]': 'published', depth: 0 },
          })
          return ((await found.json()).docs as unknown[]).length
        },
        { timeout: 5_000 },
      )
      .toBe(1)
  }).toPass({ timeout: 30_000 })
  await page.waitForURL(/\/admin\/collections\/events\/\d+/)
  createdEvents.push(Number(page.url().split('/').pop()))

  // No rebuild, no restart: the publication invalidated the cached agenda.
  await page.goto('/agenda')
  await expect(async () => {
    await page.reload()
    await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 10_000 })
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('Maison des Tilleuls').first()).toBeVisible()
})

test('an editor of another house cannot change that event', async () => {
  const own = await apiAs(tilleuls)
  const created = await own.post('/api/events', {
    data: {
      title: `Goûter ${randomBytes(3).toString('hex')}`,
      start: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      _status: 'published',
    },
  })
  expect(created.ok()).toBe(true)
  const event = (await created.json()).doc
  createdEvents.push(event.id)
  expect(event.houses).toHaveLength(1)

  const other = await apiAs(port)
  const attempt = await other.patch(`/api/events/${event.id}`, { data: { title: 'Détourné' } })
  expect(attempt.status()).toBe(403)
  const stillThere = await (await admin.get(`/api/events/${event.id}`)).json()
  expect(stillThere.title).toBe(event.title)
  await Promise.all([own.dispose(), other.dispose()])
})

test('an event saved only as a draft never appears on the site', async ({ page, request }) => {
  const api = await apiAs(tilleuls)
  const title = `Projet secret ${randomBytes(3).toString('hex')}`
  const created = await api.post('/api/events?draft=true', {
    data: { title, start: new Date(Date.now() + 3 * 86_400_000).toISOString(), _status: 'draft' },
  })
  expect(created.ok()).toBe(true)
  const draft = (await created.json()).doc
  createdEvents.push(draft.id)

  await page.goto('/agenda')
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible()
  await expect(page.getByText(title)).toHaveCount(0)
  expect((await request.get(`/agenda/${draft.slug}`)).status()).toBe(404)
  const anonymous = await request.get(`${hub.cmsUrl}/api/events`, { params: { 'where[title][equals]': title } })
  expect((await anonymous.json()).docs).toEqual([])
  await api.dispose()
})
