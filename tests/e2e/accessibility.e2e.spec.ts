import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, request, test } from '@playwright/test'

import { hub } from './hub'

/** The radio's home, a show and one of its episodes, from the demo content. */
async function radioPages(cms: APIRequestContext): Promise<string[]> {
  const episode = (await (await cms.get('/api/episodes', { params: { limit: 1, depth: 1 } })).json()).docs[0]
  return ['/radio', `/radio/${episode.show.slug}`, `/radio/${episode.show.slug}/${episode.slug}`]
}

/** One page of each kind the site has, with slugs taken from the demo content. */
async function sitePages(): Promise<string[]> {
  const cms = await request.newContext({ baseURL: hub.cmsUrl })
  const first = async (collection: string) =>
    (await (await cms.get(`/api/${collection}`, { params: { limit: 1, depth: 0 } })).json()).docs[0].slug
  const pages = [
    '/',
    '/agenda',
    '/maisons',
    `/maisons/${await first('houses')}`,
    `/agenda/${await first('events')}`,
    `/pages/${await first('pages')}`,
    ...(await radioPages(cms)),
    '/nexiste-pas',
  ]
  await cms.dispose()
  return pages
}

test('every kind of page passes the automated WCAG 2.2 AA checks', async ({ page }) => {
  for (const path of await sitePages()) {
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([])
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  }
})

test('the first Tab reaches a link that skips to the content', async ({ page }) => {
  await page.goto('/agenda')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await skip.press('Enter')
  await expect(page.locator('#contenu')).toBeFocused()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the agenda can be filtered by house', async ({ page }) => {
    await page.goto('/agenda')
    const all = Number((await page.getByRole('status').innerText()).match(/\d+/)![0])
    await page.getByLabel('Maison', { exact: true }).selectOption({ label: 'Maison du Port' })
    await page.getByRole('button', { name: 'Afficher' }).click()
    await expect(page).toHaveURL(/maison=maison-du-port/)
    const status = page.getByRole('status')
    await expect(status).toContainText('avec Maison du Port')
    const port = Number((await status.innerText()).match(/\d+/)![0])
    expect(port).toBeGreaterThan(0)
    expect(port).toBeLessThan(all)
  })
})
