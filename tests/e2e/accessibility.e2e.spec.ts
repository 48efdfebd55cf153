import AxeBuilder from '@axe-core/playwright'
import { expect, request, test } from '@playwright/test'

import { hub } from './hub'

type Cms = Awaited<ReturnType<typeof request.newContext>>

const find = async (cms: Cms, collection: string, params: Record<string, string | number> = {}) =>
  (await (await cms.get(`/api/${collection}`, { params: { limit: 1, depth: 1, ...params } })).json()).docs[0]
const first = async (cms: Cms, collection: string) => `${(await find(cms, collection)).slug}`
const easyReadArticle = async (cms: Cms) => {
  const article = await find(cms, 'articles', { 'where[easyRead][exists]': 'true' })
  return `/journal/${article.issue.number}/${article.slug}`
}

/** One page of each kind the site has, with slugs taken from the demo content. */
const pageKinds: [string, (cms: Cms) => Promise<string>][] = [
  ['home', async () => '/'],
  ['agenda', async () => '/agenda'],
  ['houses', async () => '/maisons'],
  ['a house', async (cms) => `/maisons/${await first(cms, 'houses')}`],
  ['an event', async (cms) => `/agenda/${await first(cms, 'events')}`],
  ['projects', async () => '/projets'],
  ['a project', async (cms) => `/projets/${await first(cms, 'projects')}`],
  ['partners', async () => '/partenaires'],
  ['the goal tree', async () => '/actions'],
  ['the journal', async () => '/journal'],
  ['an issue', async (cms) => `/journal/${(await find(cms, 'journal-issues')).number}`],
  ['an article', easyReadArticle],
  ['an easy-read article', async (cms) => `${await easyReadArticle(cms)}/facile-a-lire`],
  ['contributions', async () => '/contributions'],
  ['the identity', async () => '/identite'],
  ['the legal notice', async () => '/mentions-legales'],
  ['the accessibility statement', async () => '/accessibilite'],
  ['the privacy page', async () => '/confidentialite'],
  ['the 404 page', async () => '/nexiste-pas'],
  ['the contribution form', async () => '/contribuer'],
  ['the withdrawal page', async () => '/contribuer/retrait?reference=C-AAAAAAAA&cle=x'],
]

for (const [kind, pathOf] of pageKinds) {
  test(`${kind} passes the automated WCAG 2.2 AA checks`, async ({ page }) => {
    const cms = await request.newContext({ baseURL: hub.cmsUrl })
    const path = await pathOf(cms)
    await cms.dispose()
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([])
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  })
}

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
