import { expect, test } from '@playwright/test'

import { SOCKET_ADDRESS_HEADER } from '../../cms/auth/clientAddress'
import { perAddress } from '../../cms/auth/limits'
import { hub } from './hub'

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
