import { expect, type Locator, type Page, test } from '@playwright/test'

import { toRichText } from '../../cms/seed/lexical'
import { walkListingPages } from './pageLinks'
import { adminApi } from './staff'

/**
 * Presses Tab until `target` has the focus, as a keyboard user would, and fails if it never comes
 * (after `max` presses): the link must be reachable by keyboard alone.
 */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Never reached by Tab: ${String(target)}`)
}

test('with the keyboard alone, a resident reads an article and then its easy-read version', async ({ page }) => {
  await page.goto('/journal')
  const issue = page.getByRole('link', { name: /n°\s?2(?!\d)/i })
  await tabTo(page, issue)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/journal\/2$/)
  await expect(page.getByRole('link', { name: /Télécharger le numéro en PDF \(\d+\sKo\)/ })).toBeVisible()

  const article = page.getByRole('link', { name: 'Le minibus relie enfin nos quartiers' }).first()
  await tabTo(page, article)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/journal\/2\/le-minibus-relie-enfin-nos-quartiers$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le minibus relie enfin nos quartiers')
  await expect(page.getByText('Par Thomas Lefort')).toBeVisible()
  await expect(page.getByText(/Quartiers : .*Les Vignes/)).toBeVisible()
  const versions = page.getByRole('navigation', { name: 'Version du texte' })
  await expect(versions.getByRole('link', { name: 'Texte complet' })).toHaveAttribute('aria-current', 'page')

  const easyRead = versions.getByRole('link', { name: 'Version facile à lire (FALC)' })
  await tabTo(page, easyRead)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/le-minibus-relie-enfin-nos-quartiers\/facile-a-lire$/)
  await expect(page.getByText('Les trois maisons ont un minibus.')).toBeVisible()
  await expect(versions.getByRole('link', { name: 'Version facile à lire (FALC)' })).toHaveAttribute(
    'aria-current',
    'page',
  )

  await tabTo(page, versions.getByRole('link', { name: 'Texte complet' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText(/Marcel, des Vignes/)).toBeVisible()
})

test('the journal, its issues and its articles advertise the journal feed to feed readers', async ({ page }) => {
  for (const path of ['/journal', '/journal/2', '/journal/2/le-minibus-relie-enfin-nos-quartiers']) {
    await page.goto(path)
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]'), path).toHaveAttribute(
      'href',
      '/journal/rss.xml',
    )
  }
})

test('the journal lists its issues twelve to a page, highest number first, with links between the pages', async ({
  page,
  request,
}) => {
  const admin = await adminApi()
  const created: number[] = []
  const listed = async () => {
    await page.goto('/journal')
    return page.locator('.issues h2').allTextContents()
  }
  // Issues left by an interrupted run would make the numbers taken.
  const left = await admin.get('/api/journal-issues', {
    params: { 'where[number][greater_than_equal]': 9001, depth: 0, limit: 100, draft: 'true' },
  })
  for (const { id } of (await left.json()).docs as { id: number }[]) await admin.delete(`/api/journal-issues/${id}`)
  try {
    for (let number = 9001; number <= 9012; number++) {
      const made = await admin.post('/api/journal-issues', {
        data: {
          number,
          title: 'Cahier des quartiers',
          slug: `cahier-${number}`,
          date: '2026-01-15',
          cooperation: true,
          _status: 'published',
        },
      })
      expect(made.ok(), await made.text()).toBe(true)
      created.push((await made.json()).doc.id)
    }
    await expect.poll(listed).toEqual(created.map((_, i) => `N°\u00a0${9012 - i} — Cahier des quartiers`))
    await walkListingPages(page, request, {
      base: '/journal',
      label: 'Pages des numéros du journal',
      second: (on) => on.getByRole('link', { name: /n°\s?2(?!\d)/i }),
    })
  } finally {
    for (const id of created) await admin.delete(`/api/journal-issues/${id}`)
    await admin.dispose()
  }
  await expect.poll(listed).not.toContain('N°\u00a09001 — Cahier des quartiers')
})

test('articles outside any issue: the latest five on the journal, all of them twenty to a page', async ({
  page,
  request,
}) => {
  const admin = await adminApi()
  const titles = Array.from({ length: 21 }, (_, i) => `Billet du quartier ${i + 1}`)
  const created: number[] = []
  const outsideOnJournal = async () => {
    await page.goto('/journal')
    return page
      .getByRole('region', { name: 'Articles hors numéro' })
      .getByRole('listitem')
      .getByRole('link')
      .allTextContents()
  }
  try {
    for (const [i, title] of titles.entries()) {
      const made = await admin.post('/api/articles', {
        data: {
          title,
          body: toRichText(['Un billet publié hors des numéros.']),
          publishedAt: new Date(Date.now() - (titles.length - i) * 60_000).toISOString(),
          cooperation: true,
          _status: 'published',
        },
      })
      expect(made.ok(), await made.text()).toBe(true)
      created.push((await made.json()).doc.id)
    }
    const newestFirst = titles.toReversed()
    await expect.poll(outsideOnJournal).toEqual(newestFirst.slice(0, 5))
    await page.goto('/journal/hors-numero')
    await expect(page.getByRole('region', { name: 'Les articles' }).locator('h3')).toHaveText(newestFirst.slice(0, 20))
    await walkListingPages(page, request, {
      base: '/journal/hors-numero',
      label: 'Pages des articles hors numéro',
      second: (on) => on.getByRole('link', { name: titles[0], exact: true }),
    })
  } finally {
    for (const id of created) await admin.delete(`/api/articles/${id}`)
    await admin.dispose()
  }
  await expect.poll(outsideOnJournal).not.toContain(titles[20])
})

test('unknown journal addresses are the 404 page, and an article asked under another issue moves to its own', async ({
  page,
}) => {
  for (const path of ['/journal/999', '/journal/abc', '/journal/2/nexiste-pas', '/projets/nexiste-pas']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
  }
  await page.goto('/journal/1/le-minibus-relie-enfin-nos-quartiers')
  await expect(page).toHaveURL(/\/journal\/2\/le-minibus-relie-enfin-nos-quartiers$/)
})

test('the site has a favicon, robots.txt and a sitemap listing the pages from the content', async ({ request }) => {
  expect((await request.get('/favicon.ico')).status()).toBe(200)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/)
  const index = await (await request.get('/sitemap.xml')).text()
  expect(index).toContain('<sitemapindex')
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname)
  expect(parts).toEqual(expect.arrayContaining(['/sitemap/pages.xml', '/sitemap/journal.xml', '/sitemap/radio.xml']))
  const listed = new Map<string, string>()
  for (const part of parts) {
    const answer = await request.get(part)
    expect(answer.status(), part).toBe(200)
    listed.set(part, await answer.text())
  }
  expect(listed.get('/sitemap/journal.xml')).toContain('/journal/2/le-minibus-relie-enfin-nos-quartiers</loc>')
  expect(listed.get('/sitemap/pages.xml')).toContain('/projets/la-conserverie</loc>')
  expect(listed.get('/sitemap/pages.xml')).toContain('/maisons/maison-du-port</loc>')
  // The events are filed by a thousand in order of their first date; no part is past the last.
  const agendaParts = parts.filter((part) => /^\/sitemap\/agenda-\d+\.xml$/.test(part))
  expect(agendaParts[0]).toBe('/sitemap/agenda-1.xml')
  expect(listed.get('/sitemap/agenda-1.xml')).toContain('/agenda/')
  expect((await request.get(`/sitemap/agenda-${agendaParts.length + 1}.xml`)).status()).toBe(404)
  expect((await request.get('/sitemap/nimporte.xml')).status()).toBe(404)
})
