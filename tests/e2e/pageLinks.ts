import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test'

import { wcagViolations } from './wcag'

/**
 * Walks a listing of at least two pages as a visitor would: from its first page (`base`) to the
 * second by the `next` link (« Plus anciens → ») of the navigation named `label`, where `second`
 * (an entry of the second page) must show and axe must find nothing, then back by the `previous`
 * link (« ← Plus récents »). Then checks that `?page=1` and malformed numbers are sent to `base`
 * with a permanent redirect and a page past the last with a temporary one (the listing may grow
 * back), so no made-up number reaches the CMS or the cache.
 */
export async function walkListingPages(
  page: Page,
  site: APIRequestContext,
  {
    base,
    label,
    second,
    previous = '← Plus récents',
    next = 'Plus anciens →',
  }: { base: string; label: string; second: (page: Page) => Locator; previous?: string; next?: string },
): Promise<void> {
  await page.goto(base)
  const links = page.getByRole('navigation', { name: label })
  await expect(links.getByText(/^Page 1 sur \d+$/)).toBeVisible()
  await expect(second(page)).toHaveCount(0)
  await links.getByRole('link', { name: next }).click()
  await expect(page).toHaveURL(new RegExp(`${base}\\?page=2$`))
  await expect(page).toHaveTitle(/, page 2/)
  await expect(second(page)).toBeVisible()
  expect(await wcagViolations(page)).toEqual([])
  await links.getByRole('link', { name: previous }).click()
  await expect(page).toHaveURL(new RegExp(`${base}$`))
  for (const [asked, status] of [
    ['1', 301],
    ['0', 301],
    ['01', 301],
    ['x', 301],
    ['9999', 302],
  ] as const) {
    const answer = await site.get(`${base}?page=${asked}`, { maxRedirects: 0 })
    expect(answer.status(), asked).toBe(status)
    expect(new URL(answer.headers().location!, 'http://site.test').pathname, asked).toBe(base)
  }
}
