import { expect, test } from '@playwright/test'

import { walkListingPages } from './pageLinks'
import { adminApi } from './staff'

test('completed projects are listed 24 to a page after those under way, and leave the house pages', async ({
  page,
  request,
}) => {
  const admin = await adminApi()
  const titles = Array.from({ length: 25 }, (_, i) => `Projet achevé ${String(i + 1).padStart(2, '0')}`)
  const created: number[] = []
  const completedListed = async () => {
    await page.goto('/projets')
    const listed = await page.getByRole('region', { name: 'Projets terminés' }).locator('h3').allTextContents()
    return listed.filter((title) => title.startsWith('Projet achevé'))
  }
  const left = await admin.get('/api/projects', {
    params: { 'where[title][like]': 'Projet achevé', depth: 0, limit: 100, draft: 'true' },
  })
  for (const { id } of (await left.json()).docs as { id: number }[]) await admin.delete(`/api/projects/${id}`)
  try {
    for (const title of titles) {
      const made = await admin.post('/api/projects', {
        data: {
          title,
          summary: 'Un projet mené à son terme.',
          status: 'completed',
          cooperation: true,
          _status: 'published',
        },
      })
      expect(made.ok(), await made.text()).toBe(true)
      created.push((await made.json()).doc.id)
    }
    await expect.poll(completedListed).toEqual(titles.slice(0, 24))
    await expect(page.getByRole('heading', { level: 2, name: 'La conserverie' })).toBeVisible()
    await walkListingPages(page, request, {
      base: '/projets',
      label: 'Pages des projets terminés',
      second: (on) => on.getByRole('link', { name: titles[24], exact: true }),
      previous: '← Page précédente',
      next: 'Page suivante →',
    })
    await page.goto('/projets?page=2')
    await expect(page.getByRole('heading', { level: 2, name: 'La conserverie' })).toHaveCount(0)

    await page.goto('/maisons/maison-du-port')
    const houseProjects = page.getByRole('region', { name: 'Ses projets' })
    await expect(houseProjects.getByRole('link', { name: 'La conserverie', exact: true })).toBeVisible()
    await expect(houseProjects.getByRole('link', { name: titles[0] })).toHaveCount(0)
    await houseProjects.getByRole('link', { name: /Tous les projets de la Coopé/ }).click()
    await expect(page).toHaveURL(/\/projets$/)
  } finally {
    for (const id of created) await admin.delete(`/api/projects/${id}`)
    await admin.dispose()
  }
  await expect.poll(completedListed).toEqual([])
})
