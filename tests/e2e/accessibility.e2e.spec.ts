import { expect, test } from '@playwright/test'

import { pageKinds, pathOfKind, searchIndexReady } from './templates'
import { wcagViolations } from './wcag'

test.beforeAll(searchIndexReady)

for (const kind of pageKinds) {
  test(`${kind.name} passes the automated WCAG 2.2 AA checks`, async ({ page }) => {
    const path = await pathOfKind(kind)
    await page.goto(path)
    expect(await wcagViolations(page)).toEqual([])
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
    await expect(page).toHaveURL(/\/agenda\?maison=maison-du-port$/)
    const status = page.getByRole('status')
    await expect(status).toContainText('avec la Maison du Port')
    const port = Number((await status.innerText()).match(/\d+/)![0])
    expect(port).toBeGreaterThan(0)
    expect(port).toBeLessThan(all)
  })
})
