import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { hub } from './hub'
import { type Account, adminApi, apiAs, createEditor, houseId, signIn } from './staff'

let admin: APIRequestContext
let editor: Account
let editorApi: APIRequestContext
const createdEvents: number[] = []

test.beforeAll(async () => {
  admin = await adminApi()
  editor = await createEditor(admin, await houseId(admin, 'Maison des Tilleuls'), 'editrice-admin')
  editorApi = await apiAs(editor)
})

test.afterAll(async () => {
  for (const id of createdEvents) await admin.delete(`/api/events/${id}`)
  await admin.delete(`/api/users/${editor.id}`)
  await Promise.all([editorApi.dispose(), admin.dispose()])
})

/** Tomorrow at this Paris time, as typed in the admin's date field (dd/MM/yyyy HH:mm). */
function tomorrowAt(time: string): string {
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' })
  return `${day.format(new Date(Date.now() + 86_400_000))} ${time}`
}

/** The innermost field of the admin form that holds the input of this path (`venue.name`). */
const fieldOf = (page: Page, path: string) =>
  page.locator('.field-type', { has: page.locator(`#field-${path.replace(/\./g, '__')}`) }).last()

async function typeDate(page: Page, path: string, value: string) {
  const input = page.locator(`#field-${path} .react-datepicker__input-container input`)
  await input.fill(value)
  await input.press('Enter')
}

/** An event published by the editor through the REST API, as the admin sends it. */
async function publishEvent(title: string): Promise<{ id: number; slug: string }> {
  const created = await editorApi.post('/api/events', {
    data: { title, start: new Date(Date.now() + 2 * 86_400_000).toISOString(), _status: 'published' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const doc = (await created.json()).doc
  createdEvents.push(doc.id)
  return doc
}

test('the admin is the Coopé’s, with its name on the sign-in page', async ({ page }) => {
  await page.goto(`${hub.cmsUrl}/admin/login`)
  await expect(page.getByText('Administration de la Coopé')).toBeVisible()
  await expect(page).toHaveTitle(/la Coopé/)
})

test('each refusal shows its French message on its field, and nothing is published', async ({ page }) => {
  const title = `Soirée jeux ${randomBytes(3).toString('hex')}`
  await signIn(page, editor)
  await page.goto(`${hub.cmsUrl}/admin/collections/events/create`)
  await page.getByLabel('Titre').fill(title)
  await typeDate(page, 'start', tomorrowAt('18:30'))
  await typeDate(page, 'end', tomorrowAt('17:00'))
  await page.getByRole('button', { name: 'Publier les modifications' }).click()
  await expect(fieldOf(page, 'end')).toContainText('La fin de l’événement doit être après son début.')
  await expect(page.getByText('An unknown error occurred.')).toHaveCount(0)

  const found = await admin.get('/api/events', { params: { 'where[title][equals]': title, depth: 0 } })
  expect((await found.json()).docs).toEqual([])
})

test('a cover of the wrong size is refused on its field when a show is saved as a draft', async ({ page }) => {
  await signIn(page, editor)
  const shows = await editorApi.get('/api/shows', { params: { 'where[slug][equals]': 'les-ondes-de-la-coope' } })
  await page.goto(`${hub.cmsUrl}/admin/collections/shows/${(await shows.json()).docs[0].id}`)
  const cover = page.locator('.field-type.upload', { hasText: 'Visuel carré' })
  await cover.locator('.upload-relationship-details__remove').click()
  await cover.getByRole('button', { name: 'Choisir parmi les existant(e)s' }).click()
  // The cooperation's logo: a 512 px square, too small for podcast apps.
  await page.getByText(/^logo-cooperation-[0-9a-f]+\.png$/).click()
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
  await expect(cover).toContainText('Le visuel de l’émission est trop petit (512 × 512 px)')
})

test('an event with an Arabic title gets an address that works on the site', async ({ request }) => {
  const title = `عيد الحي ${randomBytes(2).toString('hex')}`
  const event = await publishEvent(title)
  expect(event.slug).toMatch(/^aayd-lhy-[a-z0-9]+$/)
  const page = await request.get(`/agenda/${event.slug}`)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain(title)
})

test('an emptied address keeps the page reachable, and a changed one redirects from the old', async ({ request }) => {
  const event = await publishEvent(`Vide-grenier ${randomBytes(3).toString('hex')}`)
  const cleared = await editorApi.patch(`/api/events/${event.id}`, { data: { slug: '' } })
  expect((await cleared.json()).doc.slug).toBe(event.slug)
  expect((await request.get(`/agenda/${event.slug}`)).status()).toBe(200)

  const renamed = `${event.slug}-du-dimanche`
  expect((await editorApi.patch(`/api/events/${event.id}`, { data: { slug: renamed } })).ok()).toBe(true)
  await expect(async () => {
    const old = await request.get(`/agenda/${event.slug}`, { maxRedirects: 0 })
    expect(old.status()).toBe(301)
    expect(old.headers().location).toBe(`/agenda/${renamed}`)
  }).toPass({ timeout: 10_000 })
  expect((await request.get(`/agenda/${renamed}`)).status()).toBe(200)
})
