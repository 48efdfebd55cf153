import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, type Page, type Request, test } from '@playwright/test'

import { hub } from './hub'
import { type Account, adminApi, apiAs, createEditor, deleteCreated, houseId, releaseLocks, signIn } from './staff'

let admin: APIRequestContext
let editor: Account
let editorApi: APIRequestContext
const createdEvents: number[] = []
const createdShows: number[] = []

test.beforeAll(async () => {
  admin = await adminApi()
  editor = await createEditor(admin, await houseId(admin, 'Maison des Tilleuls'), 'editrice-admin')
  editorApi = await apiAs(editor)
})

test.afterAll(async () => {
  await releaseLocks(editorApi)
  for (const id of createdEvents) await deleteCreated(admin, `/api/events/${id}`)
  for (const id of createdShows) await deleteCreated(admin, `/api/shows/${id}`)
  await deleteCreated(admin, `/api/users/${editor.id}`)
  await Promise.all([editorApi.dispose(), admin.dispose()])
})

/** The day `days` days from now in Paris, as typed in the admin's day field (dd/MM/yyyy). */
function inDays(days: number): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' }).format(
    new Date(Date.now() + days * 86_400_000),
  )
}

const tomorrow = () => inDays(1)

/** Tomorrow at this Paris time, as typed in the admin's date and time field (dd/MM/yyyy HH:mm). */
function tomorrowAt(time: string): string {
  return `${tomorrow()} ${time}`
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
  // The autosave of the new draft may be under way when the button is pressed, and the press then
  // does nothing: pressed again, as an editor would, until the refusal shows on its field.
  await expect(async () => {
    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await expect(fieldOf(page, 'end')).toContainText('La fin de l’événement doit être après son début.', {
      timeout: 5_000,
    })
  }).toPass({ timeout: 30_000 })
  await expect(page.getByText('An unknown error occurred.')).toHaveCount(0)

  // The autosave may have kept a draft of it: the test's own, deleted with the others.
  const found = await admin.get('/api/events', { params: { 'where[title][equals]': title, depth: 0, draft: 'true' } })
  const docs = (await found.json()).docs as { id: number; _status: string }[]
  createdEvents.push(...docs.map((doc) => doc.id))
  expect(docs.filter((doc) => doc._status === 'published')).toEqual([])
})

test('a cover of the wrong size is refused on its field when a show is saved as a draft', async ({ page }) => {
  // A draft show of the test's own, without a cover yet (a draft may lack one), deleted after. The
  // cover is its only change in the admin: a cover removed first and another picked as the removal's
  // autosave is sent leaves Payload's form (3.90) thinking it was saved, with « Enregistrer le
  // brouillon » disabled and no further autosave (seen under load).
  const created = await editorApi.post('/api/shows?draft=true', {
    data: {
      title: `Émission d’essai ${randomBytes(3).toString('hex')}`,
      description: 'Une émission créée pour un test.',
      _status: 'draft',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const show = (await created.json()).doc as { id: number }
  createdShows.push(show.id)
  await signIn(page, editor)
  await page.goto(`${hub.cmsUrl}/admin/collections/shows/${show.id}`)
  const cover = page.locator('.field-type.upload', { hasText: 'Visuel carré' })
  await cover.getByRole('button', { name: 'Choisir parmi les fichiers déjà envoyés' }).click()
  // The cooperation's logo: a 512 px square, too small for podcast apps.
  await page.getByText(/^logo-cooperation-[0-9a-f]+\.png$/).click()
  // The draft's autosave may be under way when the button is pressed, and the press then does
  // nothing: pressed again, as an editor would, until the refusal shows on its field.
  await expect(async () => {
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await expect(cover).toContainText('Le visuel de l’émission est trop petit (512 × 512 px)', { timeout: 5_000 })
  }).toPass({ timeout: 30_000 })
})

/** Whether `request` asks the admin for a form's state (a Next.js server action, on every change). */
const isFormStateRequest = (request: Request) => request.method() === 'POST' && 'next-action' in request.headers()

const REPETITION_REFUSED = 'La date de fin de répétition doit être après la première date.'

test('a repetition ending before the first date is refused under its field when an event is saved as a draft', async ({
  page,
}) => {
  const created = await editorApi.post('/api/events?draft=true', {
    data: {
      title: `Atelier couture ${randomBytes(3).toString('hex')}`,
      start: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      recurrence: { frequency: 'weekly' },
      _status: 'draft',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const event = (await created.json()).doc as { id: number }
  createdEvents.push(event.id)
  await signIn(page, editor)
  const editView = `${hub.cmsUrl}/admin/collections/events/${event.id}`
  await page.goto(editView)
  // On a slow server, the form's state asked while the date was typed comes back after the refusal,
  // with the time of the edit lock taken then: held here until the refusal shows. An autosave sent
  // after the refusal carries the refused date and, refused again, would bring the message back by
  // itself: held until the message was checked (the form's later requests wait behind it).
  const { promise: refusalShown, resolve: refusalSeen } = Promise.withResolvers<undefined>()
  const { promise: messageChecked, resolve: messageSeen } = Promise.withResolvers<undefined>()
  let refused = false
  await page.route(editView, async (route) => {
    if (isFormStateRequest(route.request())) await refusalShown
    // A request the form gave up meanwhile (a newer state was asked) cannot be passed on.
    await route.fallback().catch(() => undefined)
  })
  await page.route(`${hub.cmsUrl}/api/events/${event.id}?*autosave=true*`, async (route) => {
    if (refused) await messageChecked
    await route.fallback().catch(() => undefined)
  })
  await typeDate(page, 'recurrence__until', tomorrow())
  // As for a show's cover: a press during the draft's autosave does nothing, so it is pressed again.
  await expect(async () => {
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await expect(fieldOf(page, 'recurrence.until')).toContainText(REPETITION_REFUSED, { timeout: 5_000 })
  }).toPass({ timeout: 30_000 })
  refused = true
  // Typing elsewhere makes the form ask the server for its state, which forgets a draft's refusal:
  // the message stays while the refused date does; it goes once the date is corrected. The first
  // state to come back may be the one held above.
  const stateAnswered = page.waitForResponse((response) => isFormStateRequest(response.request()))
  refusalSeen(undefined)
  await page.locator('#field-title').pressSequentially(' bis')
  await stateAnswered
  await expect(fieldOf(page, 'recurrence.until')).toContainText(REPETITION_REFUSED)
  messageSeen(undefined)
  await typeDate(page, 'recurrence__until', inDays(30))
  await expect(fieldOf(page, 'recurrence.until')).not.toContainText(REPETITION_REFUSED)
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

/** An event created by the editor through the REST API, `days` from now. */
async function editorEvent(title: string, status: 'draft' | 'published', days = 1, api = editorApi) {
  const created = await api.post(`/api/events${status === 'draft' ? '?draft=true' : ''}`, {
    data: { title, start: new Date(Date.now() + days * 86_400_000).toISOString(), _status: status },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const doc = (await created.json()).doc as { id: number; slug: string }
  createdEvents.push(doc.id)
  return doc
}

test('« Aperçu » and the pane beside the form show the draft as the site will, and the public never sees it', async ({
  page,
  request,
}) => {
  const title = `Fête des voisins ${randomBytes(3).toString('hex')}`
  const draft = await editorEvent(title, 'draft')
  expect((await request.get(`/agenda/${draft.slug}`)).status()).toBe(404)

  await signIn(page, editor)
  await page.goto(`${hub.cmsUrl}/admin/collections/events/${draft.id}`)
  const [preview] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('link', { name: 'Aperçu', exact: true }).click(),
  ])
  await expect(preview.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(preview.getByText('cette page montre le brouillon')).toBeVisible()
  const answer = await request.get(preview.url())
  expect(answer.headers()['cache-control']).toBe('no-store')
  expect(answer.headers()['x-robots-tag']).toBe('noindex')
  expect(answer.headers()['content-security-policy']).toContain(`frame-ancestors ${hub.cmsUrl}`)
  expect((await request.get(`/agenda/${draft.slug}`)).status()).toBe(404)
  await preview.close()

  // The pane beside the form follows the typing: the draft saves itself, and the page reloads.
  await page.getByRole('button', { name: 'Aperçu à côté du formulaire' }).click()
  const pane = page.frameLocator('#live-preview-iframe')
  await expect(pane.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.locator('#field-title').fill(`${title} (nouvelle date)`)
  await expect(pane.getByRole('heading', { level: 1, name: `${title} (nouvelle date)` })).toBeVisible()
  expect((await request.get(`/agenda/${draft.slug}`)).status()).toBe(404)
})

test('the admin home, the events list and a read-only event speak to the editor about their houses', async ({
  page,
}) => {
  const suffix = randomBytes(3).toString('hex')
  await editorEvent(`Atelier tricot ${suffix}`, 'draft')
  const port = await createEditor(admin, await houseId(admin, 'Maison du Port'), 'editeur-port')
  const portApi = await apiAs(port)
  try {
    await editorEvent(`Concert du Port ${suffix}`, 'published', 2, portApi)

    await signIn(page, editor)
    const week = page.locator('section', { has: page.getByRole('heading', { name: 'Les 7 prochains jours' }) })
    await expect(week.getByRole('link', { name: `Atelier tricot ${suffix}` })).toBeVisible()
    await expect(week.getByRole('link', { name: `Concert du Port ${suffix}` })).toHaveCount(0)
    const drafts = page.locator('section', { has: page.getByRole('heading', { name: 'Brouillons' }) })
    await expect(drafts.getByRole('link', { name: `Atelier tricot ${suffix}` })).toBeVisible()
    const create = page.locator('section', { has: page.getByRole('heading', { name: 'Créer' }) })
    await expect(create.getByRole('link', { name: 'Événement', exact: true })).toBeVisible()
    await expect(create.getByRole('link', { name: 'Membre de l’équipe', exact: true })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Contributions à modérer' })).toHaveCount(0)

    await page.goto(`${hub.cmsUrl}/admin/collections/events`)
    await page.waitForURL(/maisons=miennes/)
    await expect(page.getByRole('link', { name: 'Mes maisons' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('link', { name: `Atelier tricot ${suffix}` })).toBeVisible()
    await expect(page.getByRole('link', { name: `Concert du Port ${suffix}` })).toHaveCount(0)
    await page.getByRole('link', { name: 'Toutes les maisons' }).click()
    await page.getByRole('link', { name: `Concert du Port ${suffix}` }).click()
    await expect(page.getByRole('note')).toContainText('Cet événement appartient à une autre maison (Maison du Port)')

    await page.goto(`${hub.cmsUrl}/admin`)
    await page.getByRole('link', { name: 'guide de l’équipe', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Guide de l’équipe')
  } finally {
    await admin.delete(`/api/users/${port.id}`)
    await portApi.dispose()
  }
})

/**
 * `instant` as Paris wall time in ECMAScript's local date-time form, `2026-12-01T09:31`.
 * The scheduling drawer's picker parses typed text with an English pattern (« MMM d, yyy h:mm a »)
 * and falls back on `new Date(text)`; French month abbreviations such as « déc. » or « avr. » fail
 * both, while this form is local time by the language's own rule (ECMA-262, Date Time String Format),
 * and the browser runs in Europe/Paris.
 */
function typedInstant(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`
}

test('a publication an editor schedules goes live on the site at its minute', async ({ page, request }) => {
  // The runner looks for due jobs every 5 seconds: the page must appear within the minute after.
  test.setTimeout(240_000)
  const title = `Bourse aux vélos ${randomBytes(3).toString('hex')}`
  const draft = await editorEvent(title, 'draft', 3)
  await signIn(page, editor)
  await page.goto(`${hub.cmsUrl}/admin/collections/events/${draft.id}`)
  await page.locator('#action-save').waitFor()
  await page.locator('.popup-button').first().click()
  await page.getByRole('button', { name: 'Programmer la publication' }).click()
  // Never published: the drawer proposes to publish it, not to withdraw it.
  const [publish, unpublish] = await page.locator('.schedule-publish__type input[type="radio"]').all()
  await expect(publish!).toBeChecked()
  await expect(unpublish!).not.toBeChecked()
  // The next minute that leaves time to save (at least 20 seconds ahead).
  const due = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000)
  const input = page.locator('.schedule-publish__scheduler .react-datepicker__input-container input')
  await input.fill(typedInstant(due))
  await input.press('Enter')
  await page.getByRole('button', { name: 'Sauvegarder' }).click()
  await expect(page.getByText('Programmé avec succès.')).toBeVisible()
  expect((await request.get(`/agenda/${draft.slug}`)).status()).toBe(404)
  await expect
    .poll(async () => (await request.get(`/agenda/${draft.slug}`)).status(), { timeout: 150_000, intervals: [2_000] })
    .toBe(200)
  expect(Date.now()).toBeGreaterThanOrEqual(due.getTime())
})
