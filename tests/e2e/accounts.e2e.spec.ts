import { expect, test } from '@playwright/test'

import { SOCKET_ADDRESS_HEADER } from '../../cms/auth/clientAddress'
import { perAddress } from '../../cms/auth/limits'
import { hub } from './hub'
import { signIn } from './staff'

// Reset attempts, not sign-ins: the other tests still sign in from this same address afterwards.
test('a client cannot escape the per-address limit by claiming other addresses in headers', async ({ request }) => {
  const statuses: number[] = []
  for (let i = 0; i <= perAddress.free; i++) {
    const answer = await request.post(`${hub.cmsUrl}/api/users/reset-password`, {
      data: { token: 'pas-un-vrai-jeton', password: 'Nouveau-mot-de-passe-1' },
      headers: { 'x-forwarded-for': `203.0.113.${i}`, [SOCKET_ADDRESS_HEADER]: `198.51.100.${i}` },
    })
    statuses.push(answer.status())
  }
  expect(statuses.slice(0, perAddress.free).every((status) => status !== 429)).toBe(true)
  expect(statuses.at(-1)).toBe(429)
})

test('« Mot de passe oublié » says e-mail is off instead of claiming one was sent', async ({ page }) => {
  await page.goto(`${hub.cmsUrl}/admin/forgot`)
  await expect(page.getByRole('heading', { name: 'Mot de passe oublié' })).toBeVisible()
  await expect(page.getByText('L’envoi d’e-mails n’est pas configuré sur ce hub')).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
})

test('the admin loads nothing from other hosts (no Gravatar) and asks for the current password', async ({ page }) => {
  const elsewhere = new Set<string>()
  page.on('request', (sent) => {
    const url = new URL(sent.url())
    if (url.protocol.startsWith('http') && url.origin !== hub.cmsUrl) elsewhere.add(url.origin)
  })
  await signIn(page, { id: 0, email: hub.admin.email, password: process.env.E2E_ADMIN_PASSWORD ?? '' })
  await page.goto(`${hub.cmsUrl}/admin/account`)
  await expect(page.getByLabel('Mot de passe actuel')).toBeVisible()
  await expect(page.getByLabel('Mot de passe actuel')).toHaveAttribute('type', 'password')
  expect([...elsewhere]).toEqual([])
})
