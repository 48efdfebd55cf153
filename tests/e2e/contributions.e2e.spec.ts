import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, type Page, request, test } from '@playwright/test'
import sharp from 'sharp'

import { hub } from './hub'
import { adminApi, signIn } from './staff'
import { wcagViolations } from './wcag'

const mp3 = readFileSync(path.join(import.meta.dirname, '..', '..', 'media', 'demo', 'episode-1.mp3'))

/** Types into a field reached by its label, with the keyboard. */
async function type(page: Page, label: string | RegExp, text: string) {
  await page.getByLabel(label).focus()
  await page.keyboard.type(text)
}
/** Checks a radio button or a checkbox with the space bar. */
async function choose(page: Page, label: string | RegExp) {
  await page.getByLabel(label, { exact: typeof label === 'string' }).focus()
  await page.keyboard.press('Space')
}
async function send(page: Page) {
  await page.getByRole('button', { name: 'Envoyer ma contribution' }).focus()
  await page.keyboard.press('Enter')
}
async function expectAccessible(page: Page) {
  expect(await wcagViolations(page)).toEqual([])
}

/** The stored contribution with this reference, as staff see it. */
async function storedContribution(reference: string) {
  const api = await adminApi()
  const found = await api.get('/api/contributions', { params: { 'where[reference][equals]': reference, depth: 1 } })
  const doc = (await found.json()).docs[0]
  await api.dispose()
  return doc
}

/** Removes a contribution and its files (a test's own). */
async function removeContribution(stored: { id: number; files: { id: number }[] }) {
  const api = await adminApi()
  await api.delete(`/api/contributions/${stored.id}`)
  for (const file of stored.files) await api.delete(`/api/contribution-files/${file.id}`)
  await api.dispose()
}

/** Each kind of contribution, with what it needs beyond the fields every kind has. */
const KINDS: { label: string; kind: string; fill: (page: Page) => Promise<void> }[] = [
  {
    label: 'Un texte ou un témoignage',
    kind: 'text',
    fill: (page) => type(page, /^Votre texte/, 'Au marché, on se dit bonjour même sans se connaître.'),
  },
  {
    label: 'Une ou plusieurs photos',
    kind: 'photo',
    fill: async (page) => {
      const jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#2a7f62' } })
        .jpeg()
        .toBuffer()
      await page
        .getByLabel('Vos photos (facultatif)')
        .setInputFiles({ name: 'jardin.jpg', mimeType: 'image/jpeg', buffer: jpeg })
      await choose(page, 'Personne n’est reconnaissable sur mes photos')
    },
  },
  {
    label: 'Un enregistrement audio',
    kind: 'audio',
    fill: (page) =>
      page
        .getByLabel('Votre enregistrement (facultatif)')
        .setInputFiles({ name: 'voix.mp3', mimeType: 'audio/mpeg', buffer: mp3 }),
  },
  {
    label: 'Une proposition d’événement',
    kind: 'event-proposal',
    fill: async (page) => {
      // A date and a time go in by their fields' values: their keyboard entry follows the browser's locale.
      await page.getByLabel(/^Date/).fill('2027-03-20')
      await page.getByLabel(/^Heure/).fill('14:30')
      await type(page, /^Lieu/, 'Square Jean-Moulin')
      await type(page, /^Votre texte/, 'Un troc de graines et de boutures entre voisins.')
    },
  },
  {
    label: 'Un courrier au journal « Au fil des quartiers »',
    kind: 'letter',
    fill: (page) => type(page, /^Votre texte/, 'Merci pour le dernier numéro, surtout la page des recettes.'),
  },
]

for (const javaScriptEnabled of [false, true])
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('every kind of contribution is sent with the keyboard and arrives as sent', async ({ page }) => {
      for (const { label, kind, fill } of KINDS) {
        await page.goto('/contribuer')
        await choose(page, label)
        await type(page, 'Titre (obligatoire)', `Essai ${kind}`)
        await fill(page)
        await type(page, /^Votre prénom et votre nom/, 'Inès Moreau')
        await choose(page, /^J’accepte que La Coopé publie ma contribution/)
        await choose(page, 'Mon prénom seulement')
        await choose(page, 'Non')
        await send(page)
        await expect(
          page.getByRole('heading', { level: 1, name: 'Merci, votre contribution est arrivée' }),
        ).toBeVisible()
        const reference = (await page.getByText(/Sa référence/).innerText()).match(/C-[2-9A-Z]{8}/)![0]
        const stored = await storedContribution(reference)
        expect(stored).toMatchObject({ kind, title: `Essai ${kind}`, signature: 'Inès' })
        expect(stored.files).toHaveLength(kind === 'photo' || kind === 'audio' ? 1 : 0)
        if (kind === 'event-proposal')
          expect(stored.proposedEvent).toMatchObject({ date: '2027-03-20', time: '14:30', place: 'Square Jean-Moulin' })
        await removeContribution(stored)
      }
    })
  })

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a resident sends photos with the keyboard alone, corrects an error, then withdraws it', async ({ page }) => {
    await page.goto('/contribuer')
    await type(page, 'Titre (obligatoire)', 'Le marché du samedi')
    await send(page)

    const summary = page.getByRole('alert')
    await expect(summary).toContainText('points sont à corriger')
    await expect(page).toHaveTitle(/^Erreur : /)
    await expect(page.getByLabel('Titre (obligatoire)')).toHaveValue('Le marché du samedi')
    await summary.getByRole('link', { name: 'Choisissez ce que vous envoyez.' }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#champ-kind$/)

    await choose(page, 'Une ou plusieurs photos')
    await type(page, /^Votre texte/, 'Les étals sous le soleil, place du Port.')
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d08030' } })
      .jpeg()
      .toBuffer()
    // An iPhone photo too: HEIC, converted to JPEG by the CMS.
    const heic = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'photo-gps.heic'))
    await page.getByLabel('Vos photos (facultatif)').setInputFiles([
      { name: 'marche.jpg', mimeType: 'image/jpeg', buffer: photo },
      { name: 'IMG_4410.HEIC', mimeType: 'image/heic', buffer: heic },
    ])
    await choose(page, 'Personne n’est reconnaissable sur mes photos')
    await type(page, /^Votre prénom et votre nom/, 'Awa Diallo')
    await choose(page, /^J’accepte que La Coopé publie ma contribution/)
    await choose(page, 'Mon prénom seulement')
    await choose(page, 'Non')
    await send(page)

    await expect(page.getByRole('heading', { level: 1, name: 'Merci, votre contribution est arrivée' })).toBeVisible()
    const reference = (await page.getByText(/Sa référence/).innerText()).match(/C-[2-9A-Z]{8}/)![0]
    const stored = await storedContribution(reference)
    expect(stored).toMatchObject({ kind: 'photo', status: 'received', signature: 'Awa' })
    expect(stored.files.map((file: { mimeType: string }) => file.mimeType)).toEqual(['image/jpeg', 'image/jpeg'])

    await page.getByRole('link', { name: `retirer ma contribution ${reference}` }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Retirer ma contribution' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Contribution retirée' })).toBeVisible()
    expect(await storedContribution(reference)).toBeUndefined()
  })

  test('files over 15 MB in all: the form comes back as typed, with every correction at once', async ({ page }) => {
    await page.goto('/contribuer')
    await choose(page, 'Une ou plusieurs photos')
    await type(page, 'Titre (obligatoire)', 'Trois photos du marché')
    // 18 MB: more than the form takes, and more than the 16 MB the site's server once read at all.
    const heavy = (n: number) => ({ name: `marche-${n}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.alloc(6 << 20, n) })
    await page.getByLabel('Vos photos (facultatif)').setInputFiles([heavy(1), heavy(2), heavy(3)])
    await type(page, /^Votre prénom et votre nom/, 'Awa Diallo')
    await choose(page, 'Un pseudonyme')
    await send(page)

    await expect(page).toHaveTitle(/^Erreur : /)
    const summary = page.getByRole('alert')
    await expect(summary).toContainText('15 Mo en tout')
    await expect(summary).toContainText('Écrivez le pseudonyme à publier.')
    await expect(summary).toContainText('Dites si vous acceptez que votre contribution soit publiée.')
    await expect(page.getByLabel('Titre (obligatoire)')).toHaveValue('Trois photos du marché')
    await expect(page.getByLabel(/^Votre prénom et votre nom/)).toHaveValue('Awa Diallo')
    await expect(page.getByLabel('Un pseudonyme')).toBeChecked()
    await expect(page.getByLabel('Une ou plusieurs photos')).toBeChecked()
  })
})

test('with JavaScript, the error summary takes the focus and a recording goes with the form', async ({ page }) => {
  await page.goto('/contribuer')
  await expect(page.getByRole('button', { name: 'Commencer l’enregistrement' })).toBeVisible()
  await send(page)
  await expect(page.getByRole('alert')).toBeFocused()
  // axe runs in the page, so the error and thank-you states are checked here, with JavaScript.
  await expectAccessible(page)

  await choose(page, 'Un enregistrement audio')
  await type(page, 'Titre (obligatoire)', 'La chorale répète')
  await page
    .getByLabel('Votre enregistrement (facultatif)')
    .setInputFiles({ name: 'chorale.mp3', mimeType: 'audio/mpeg', buffer: mp3 })
  await type(page, /^Votre prénom et votre nom/, 'Louis Martin')
  await choose(page, /^Je ne souhaite pas que ma contribution soit publiée/)
  await choose(page, 'Anonymement')
  await choose(page, 'Non')
  await send(page)

  await expect(page.getByRole('heading', { level: 1, name: 'Merci, votre contribution est arrivée' })).toBeVisible()
  await expectAccessible(page)
  const reference = (await page.getByText(/Sa référence/).innerText()).match(/C-[2-9A-Z]{8}/)![0]
  const stored = await storedContribution(reference)
  expect(stored).toMatchObject({ kind: 'audio', consent: { publication: false, signatureChoice: 'anonymous' } })
  expect(stored.files[0].mimeType).toBe('audio/mpeg')
  const api = await adminApi()
  await api.delete(`/api/contributions/${stored.id}`)
  await api.delete(`/api/contribution-files/${stored.files[0].id}`)
  await api.dispose()
})

test('with JavaScript, files too heavy are said before anything is sent', async ({ page }) => {
  await page.goto('/contribuer')
  const heavy = (n: number) => ({ name: `p${n}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.alloc(6 << 20, n) })
  const photos = page.getByLabel('Vos photos (facultatif)')
  await photos.setInputFiles([heavy(1), heavy(2), heavy(3)])
  let posted = false
  page.on('request', (request) => (posted ||= request.method() === 'POST'))
  await send(page)
  await expect
    .poll(() => photos.evaluate((input: HTMLInputElement) => input.validationMessage))
    .toContain('15 Mo en tout')
  expect(posted).toBe(false)
  // One recording over its own limit: said under the recording.
  await photos.setInputFiles([])
  const audio = page.getByLabel('Votre enregistrement (facultatif)')
  await audio.setInputFiles({ name: 'video.mp3', mimeType: 'audio/mpeg', buffer: Buffer.alloc(13 << 20, 1) })
  await send(page)
  await expect
    .poll(() => audio.evaluate((input: HTMLInputElement) => input.validationMessage))
    .toBe('Enregistrement : le fichier dépasse 12 Mo.')
  expect(posted).toBe(false)
})

test.describe('a recording made in the page', () => {
  // Chromium's fake microphone (a beep, see playwright.config.ts) stands in for a real one.
  test.use({ permissions: ['microphone'] })

  test('is sent as an MP3 with the form and becomes a draft episode as it is', async ({ page }) => {
    await page.goto('/contribuer')
    await page.getByRole('button', { name: 'Commencer l’enregistrement' }).click()
    await expect(page.getByRole('button', { name: 'Arrêter' })).toBeFocused()
    // The running time reaches two seconds: enough sound to measure.
    await expect(page.locator('[data-record="elapsed"]')).toHaveText('0:02', { timeout: 15_000 })
    await page.keyboard.press('Enter')
    await expect(page.getByText('Enregistrement terminé')).toBeVisible()
    const recorded = await page
      .getByLabel('Votre enregistrement (facultatif)')
      .evaluate((input: HTMLInputElement) => ({ name: input.files?.[0]?.name, type: input.files?.[0]?.type }))
    expect(recorded).toEqual({ name: 'enregistrement.mp3', type: 'audio/mpeg' })

    await choose(page, 'Un enregistrement audio')
    await type(page, 'Titre (obligatoire)', 'Le bip du micro')
    await type(page, /^Votre prénom et votre nom/, 'Louis Martin')
    await choose(page, /^J’accepte que La Coopé publie/)
    await choose(page, 'Anonymement')
    await choose(page, 'Non')
    await send(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Merci, votre contribution est arrivée' })).toBeVisible()
    const reference = (await page.getByText(/Sa référence/).innerText()).match(/C-[2-9A-Z]{8}/)![0]
    const stored = await storedContribution(reference)
    expect(stored.files[0].mimeType).toBe('audio/mpeg')

    const api = await adminApi()
    expect((await api.patch(`/api/contributions/${stored.id}`, { data: { status: 'accepted' } })).ok()).toBe(true)
    const show = (await (await api.get('/api/shows', { params: { limit: 1, depth: 0 } })).json()).docs[0]
    const made = await api.post(`/api/contributions/${stored.id}/draft`, { data: { show: show.id } })
    expect(made.status(), await made.text()).toBe(201)
    const { id: episodeId } = await made.json()
    const episode = await (await api.get(`/api/episodes/${episodeId}`, { params: { draft: 'true', depth: 1 } })).json()
    expect(episode.audio).toMatchObject({ mimeType: 'audio/mpeg' })
    expect(episode.duration).toBeGreaterThanOrEqual(2)

    await api.delete(`/api/episodes/${episodeId}`)
    await api.delete(`/api/audio/${episode.audio.id}`)
    await api.delete(`/api/contributions/${stored.id}`)
    await api.delete(`/api/contribution-files/${stored.files[0].id}`)
    await api.dispose()
  })

  test('stops by itself at the length the page allows, and keeps what was recorded', async ({ page }) => {
    await page.goto('/contribuer')
    // The page carries the limit (10 minutes); three seconds here, so the test does not wait 10 minutes.
    await page.locator('#enregistreur').evaluate((recorder: HTMLElement) => (recorder.dataset.maxSeconds = '3'))
    await page.getByRole('button', { name: 'Commencer l’enregistrement' }).click()
    await expect(page.getByRole('button', { name: 'Arrêter' })).toBeEnabled()
    // A busy phone: the page's own work runs late, here past the limit, while the microphone goes on.
    await page.evaluate(() => {
      const until = performance.now() + 3500
      while (performance.now() < until);
    })
    await expect(page.locator('[data-record="status"]')).toContainText('il a atteint la durée maximale de 0:03', {
      timeout: 15_000,
    })
    await expect(page.getByRole('button', { name: 'Arrêter' })).toBeDisabled()
    const seconds = await page
      .getByLabel('Votre enregistrement (facultatif)')
      .evaluate(async (input: HTMLInputElement) => {
        const context = new AudioContext()
        const sound = await context.decodeAudioData(await input.files![0]!.arrayBuffer())
        return sound.duration
      })
    expect(seconds).toBeGreaterThan(1.5)
    expect(seconds).toBeLessThan(3)
  })
})

test('moderation accepts a contribution, makes it an article and publishes both under the chosen name; a rejected one never shows', async ({
  page,
}) => {
  const api = await adminApi()
  const file = async (title: string) => {
    const created = await api.post('/api/contributions', {
      data: {
        kind: 'letter',
        title,
        content: 'Le banc devant l’école a été réparé par les voisins.',
        signature: 'Awa',
        contributor: { name: 'Awa Diallo', email: 'awa.diallo@example.org' },
        consent: { publication: true, signatureChoice: 'first' },
        status: 'received',
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    return (await created.json()).doc.id as number
  }
  const status = async (id: number, value: string) =>
    expect((await api.patch(`/api/contributions/${id}`, { data: { status: value } })).ok()).toBe(true)
  const kept = await file('Un banc réparé rue des Lilas')
  const refused = await file('Une lettre refusée rue des Lilas')
  await status(kept, 'in-review')
  await status(kept, 'accepted')
  await status(refused, 'rejected')

  const made = await api.post(`/api/contributions/${kept}/draft`)
  expect(made.status()).toBe(201)
  const article = await made.json()
  expect((await api.patch(`/api/articles/${article.id}`, { data: { _status: 'published' } })).ok()).toBe(true)
  await status(kept, 'published')

  const anonymous = await request.newContext({ baseURL: hub.cmsUrl })
  const published = await (await anonymous.get(`/api/articles/${article.id}`)).json()
  expect(published.authors.map((author: { name: string }) => author.name)).toEqual(['Awa'])
  const contribution = await (await anonymous.get(`/api/contributions/${kept}`)).json()
  expect(contribution).not.toHaveProperty('contributor')
  expect((await anonymous.get(`/api/contributions/${refused}`)).status()).toBe(404)
  await anonymous.dispose()

  await expect(async () => {
    await page.goto('/contributions')
    await expect(page.getByText('Un banc réparé rue des Lilas')).toBeVisible({ timeout: 1000 })
  }).toPass()
  await expect(page.locator('main')).toContainText('Awa')
  await expect(page.locator('main')).not.toContainText('Diallo')
  await expect(page.getByText('Une lettre refusée rue des Lilas')).toHaveCount(0)

  await api.delete(`/api/articles/${article.id}`)
  await api.delete(`/api/contributions/${kept}`)
  await api.delete(`/api/contributions/${refused}`)
  await api.dispose()
})

test('moderation picks a show in the admin and a sound becomes a draft episode, signed as agreed', async ({ page }) => {
  const api = await adminApi()
  const file = await api.post('/api/contribution-files', {
    multipart: {
      file: { name: 'chorale.mp3', mimeType: 'audio/mpeg', buffer: mp3 },
      _payload: JSON.stringify({ description: 'Enregistrement envoyé' }),
    },
  })
  expect(file.ok(), await file.text()).toBe(true)
  const fileId = (await file.json()).doc.id as number
  const created = await api.post('/api/contributions', {
    data: {
      kind: 'audio',
      title: 'La chorale du mercredi',
      content: 'Nous chantons chaque mercredi à la maison du Port.',
      files: [fileId],
      signature: 'Louis',
      contributor: { name: 'Louis Martin', email: 'louis.martin@example.org' },
      consent: { publication: true, signatureChoice: 'first' },
      status: 'received',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const id = (await created.json()).doc.id as number
  expect((await api.patch(`/api/contributions/${id}`, { data: { status: 'accepted' } })).ok()).toBe(true)
  const show = (await (await api.get('/api/shows', { params: { limit: 1, depth: 0, sort: 'title' } })).json()).docs[0]

  await signIn(page, { id: 0, email: hub.admin.email, password: process.env.E2E_ADMIN_PASSWORD ?? '' })
  await page.goto(`${hub.cmsUrl}/admin/collections/contributions/${id}`)
  const make = page.getByRole('button', { name: 'Créer le brouillon d’épisode' })
  // The list of shows loads once the control runs in the page: only then does the button answer.
  await expect(page.getByLabel('Émission de l’épisode')).toBeEnabled()
  await make.click()
  await expect(page.getByRole('status').filter({ hasText: 'Choisissez l’émission' })).toBeVisible()
  await page.getByLabel('Émission de l’épisode').selectOption({ label: show.title })
  await make.click()
  await page.waitForURL(/\/admin\/collections\/episodes\/\d+$/)

  const episodeId = Number(page.url().split('/').at(-1))
  const episode = await (await api.get(`/api/episodes/${episodeId}`, { params: { draft: 'true', depth: 1 } })).json()
  expect(episode).toMatchObject({ _status: 'draft', title: 'La chorale du mercredi', show: { id: show.id } })
  expect(episode.people.map((person: { name: string }) => person.name)).toEqual(['Louis'])
  expect(episode.audio).toMatchObject({ mimeType: 'audio/mpeg' })
  expect(JSON.stringify(episode)).not.toMatch(/Martin|louis\.martin/)

  await api.delete(`/api/episodes/${episodeId}`)
  await api.delete(`/api/audio/${episode.audio.id}`)
  await api.delete(`/api/contributions/${id}`)
  await api.delete(`/api/contribution-files/${fileId}`)
  await api.dispose()
})

test('moderation is told in the admin when a photo contribution’s article is made without its photos', async ({
  page,
}) => {
  const api = await adminApi()
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3080d0' } })
    .jpeg()
    .toBuffer()
  const file = await api.post('/api/contribution-files', {
    multipart: {
      file: { name: 'fete.jpg', mimeType: 'image/jpeg', buffer: photo },
      _payload: JSON.stringify({ description: 'Photo envoyée' }),
    },
  })
  expect(file.ok(), await file.text()).toBe(true)
  const fileId = (await file.json()).doc.id as number
  const created = await api.post('/api/contributions', {
    data: {
      kind: 'photo',
      title: 'La fête des voisins rue des Lilas',
      content: 'Tout l’immeuble était là.',
      files: [fileId],
      signature: 'Louis',
      contributor: { name: 'Louis Martin', email: 'louis.martin@example.org' },
      // « Je n’ai pas leur accord : ne publiez pas ces photos »
      consent: { publication: true, signatureChoice: 'first', imageRights: false },
      status: 'received',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const id = (await created.json()).doc.id as number
  expect((await api.patch(`/api/contributions/${id}`, { data: { status: 'accepted' } })).ok()).toBe(true)

  await signIn(page, { id: 0, email: hub.admin.email, password: process.env.E2E_ADMIN_PASSWORD ?? '' })
  await page.goto(`${hub.cmsUrl}/admin/collections/contributions/${id}`)
  // A press before the admin's scripts have taken over the page does nothing (the answer arrived,
  // networkidle fired, React had not hydrated yet): pressed again until the notice shows. Once
  // pressed for real the button is disabled, so no second draft can be made.
  const notice = page.getByRole('status').filter({ hasText: 'Les photos n’ont pas été reprises' })
  await expect(async () => {
    if (await notice.isVisible()) return
    await page.getByRole('button', { name: 'Créer le brouillon (article ou événement)' }).click({ timeout: 2_000 })
    await expect(notice).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 30_000 })
  await page.getByRole('link', { name: 'Ouvrir le brouillon' }).click()
  await page.waitForURL(/\/admin\/collections\/articles\/\d+$/)
  const articleId = Number(page.url().split('/').at(-1))
  const article = await (await api.get(`/api/articles/${articleId}`, { params: { draft: 'true', depth: 0 } })).json()
  expect(article).toMatchObject({ _status: 'draft', title: 'La fête des voisins rue des Lilas' })
  expect(article.image ?? null).toBeNull()

  await api.delete(`/api/contributions/${id}`)
  await api.delete(`/api/articles/${articleId}`)
  await api.delete(`/api/contribution-files/${fileId}`)
  await api.dispose()
})
