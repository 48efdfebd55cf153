import { expect, type Locator, type Page, test } from '@playwright/test'

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
  await page.route('**/pagefind/pagefind.js', async (route) => {
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
