import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test'

import { adminApi } from './staff'
import { searchIndexReady } from './templates'

/** Presses Tab until `target` has the focus (at most 40 times): reaching it with the keyboard alone. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

test.beforeAll(searchIndexReady)

test('with the keyboard alone: search from the header, refine, open a result', async ({ page }) => {
  // The index arrives only once the visitor has typed, as on a slow connection: what was typed
  // meanwhile must still be searched.
  const { promise: typing, resolve: typed } = Promise.withResolvers<undefined>()
  await page.route('**/pagefind/*/pagefind.js', async (route) => {
    await typing
    await route.continue()
  })
  await page.goto('/')
  await tabTo(page, page.getByRole('searchbox', { name: 'Mots à chercher' }))
  await page.keyboard.type('atelier')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/recherche\?q=atelier/)
  const status = page.getByRole('status')
  await expect(status).toContainText('pour « atelier »')

  // Typing on the search page asks the index in the browser, without leaving the page.
  const field = page.getByRole('searchbox', { name: 'Mots à chercher' })
  await tabTo(page, field)
  await page.keyboard.press('Control+A')
  await page.keyboard.type('confitures')
  typed(undefined)
  await expect(status).toContainText('pour « confitures »')
  await expect(page).toHaveURL(/q=confitures/)
  const first = page.getByRole('link', { name: /Confitures de saison/ }).first()
  const href = await first.getAttribute('href')
  await tabTo(page, first)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(href!)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/confitures/i)
})

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/** "Événement · 1er mars 2024" → 20240301: a result's date, as a number that sorts as the days do. */
function dayOfMeta(meta: string): number {
  const [, day, month, year] = /(\d+)(?:er)? (\S+) (\d{4})$/.exec(meta) ?? []
  expect(MONTHS, meta).toContain(month)
  return Number(year) * 10_000 + (MONTHS.indexOf(month!) + 1) * 100 + Number(day)
}

test.describe('an index in parts, one per past year', () => {
  let admin: APIRequestContext
  const created: number[] = []
  let theme: number
  const word = `quadrille${Array.from(randomBytes(6), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`
  const thisYear = new Date().getUTCFullYear()

  test.beforeAll(async () => {
    admin = await adminApi()
    const made = await admin.post('/api/themes', { data: { name: `Thème ${word}`, _status: 'published' } })
    expect(made.ok(), await made.text()).toBe(true)
    theme = (await made.json()).doc.id
    // Two events in each of three parts of the index: two years ago, last year, next year.
    for (const year of [thisYear - 2, thisYear - 1, thisYear + 1]) {
      for (const day of ['03-14', '10-03']) {
        const answer = await admin.post('/api/events', {
          data: {
            title: `Bal ${word} du ${year}-${day}`,
            start: `${year}-${day}T17:00:00Z`,
            cooperation: true,
            themes: [theme],
            venue: { kind: 'elsewhere', name: 'Square des Tilleuls' },
            _status: 'published',
          },
        })
        expect(answer.ok(), await answer.text()).toBe(true)
        created.push((await answer.json()).doc.id)
      }
    }
  })

  test.afterAll(async () => {
    for (const id of created) await admin.delete(`/api/events/${id}`)
    await admin.delete(`/api/themes/${theme}`)
    await admin.dispose()
  })

  test('words find the documents of every year, and a listing by filters alone is newest first', async ({ page }) => {
    const status = page.getByRole('status')
    // The index is updated a few seconds after the publications: the page is loaded again until it is.
    await expect(async () => {
      await page.goto('/recherche')
      await page.getByRole('searchbox', { name: 'Mots à chercher' }).fill(word)
      await expect(status).toContainText(`6 résultats pour « ${word} »`, { timeout: 2_000 })
    }).toPass({ timeout: 60_000 })

    // Pagefind ranks the results of its merged bundles by each one's own order: the years mixed.
    await page.getByRole('searchbox', { name: 'Mots à chercher' }).fill('')
    await page.getByLabel('Thématique').selectOption({ label: `Thème ${word}` })
    await expect(status).toHaveText('6 résultats.')
    const days = (await page.locator('#recherche-resultats .meta').allInnerTexts()).map(dayOfMeta)
    expect(days).toEqual([...days].sort((a, b) => b - a))
    expect(days).toHaveLength(6)
    await expect(page).toHaveURL(/\?theme=theme-quadrille[a-z]+$/)
  })
})

test('when the index cannot be loaded, typing says so and the form is answered by the server', async ({ page }) => {
  await page.route('**/pagefind/bundles.json', (route) => route.fulfill({ status: 503, body: 'Indisponible.' }))
  await page.goto('/recherche')
  const field = page.getByRole('searchbox', { name: 'Mots à chercher' })
  await field.fill('atelier')
  const status = page.getByRole('status')
  await expect(status).toHaveText('La recherche instantanée n’est pas prête : validez le formulaire pour chercher.')
  await field.press('Enter')
  await expect(page).toHaveURL(/\/recherche\?q=atelier/)
  await expect(status).toContainText(/\d+ résultats? pour « atelier »/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the search page answers a plain form, with its type filter', async ({ page }) => {
    await page.goto('/recherche')
    await page.getByRole('searchbox', { name: 'Mots à chercher' }).fill('atelier')
    await page.getByLabel('Type').selectOption({ label: 'Événement' })
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/q=atelier&type=evenement/)
    await expect(page.getByRole('status')).toContainText(/\d+ résultats? pour « atelier »/)
    const links = page.locator('#recherche-resultats a')
    expect(await links.count()).toBeGreaterThan(0)
    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/agenda\//)
    }
  })
})
