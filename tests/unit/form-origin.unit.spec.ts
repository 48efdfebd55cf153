import { describe, expect, it } from 'vitest'

import { isCrossSiteForm } from '../../site/lib/formOrigin'

const SITE = 'https://coope.example'
const form = 'application/x-www-form-urlencoded'

/** Whether a request to `address`, with these headers, is refused. */
const refused = (address: string, headers: Record<string, string>, method = 'POST') =>
  isCrossSiteForm(new Request(address, { method, headers }), new URL(address), SITE)

describe('forms sent from other sites', () => {
  it('are refused, with any type a form can send or none, and without an Origin', () => {
    for (const type of [form, 'multipart/form-data; boundary=x', 'text/plain;charset=UTF-8'])
      expect(
        refused('http://localhost:4321/contribuer', { 'content-type': type, origin: 'https://pirate.example' }),
      ).toBe(true)
    expect(refused('http://localhost:4321/contribuer', { origin: 'https://pirate.example' })).toBe(true)
    expect(refused('http://localhost:4321/contribuer', { 'content-type': form })).toBe(true)
    expect(refused('http://localhost:4321/contribuer', { 'content-type': form, origin: 'null' })).toBe(true)
    // The same host in the other scheme is another origin: a proxy that does not say https is not believed.
    expect(
      refused('http://coope.example/contribuer', { 'content-type': form, origin: 'https://coope.example.evil' }),
    ).toBe(true)
  })

  it('are received from the site itself: its public address, or the one asked', () => {
    expect(refused('http://localhost:4321/contribuer', { 'content-type': form, origin: SITE })).toBe(false)
    expect(refused('http://localhost:4321/contribuer', { 'content-type': form, origin: 'http://localhost:4321' })).toBe(
      false,
    )
  })

  it('are received through a proxy that ends TLS and says so, where the server sees http', () => {
    const headers = { 'content-type': form, origin: 'https://maisons.example', 'x-forwarded-proto': 'https' }
    expect(refused('http://maisons.example/contribuer', headers)).toBe(false)
    expect(refused('http://maisons.example/contribuer', { ...headers, 'x-forwarded-proto': 'http' })).toBe(true)
  })

  it('leave alone what changes nothing, and the types a page must ask the server before sending', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(refused('http://localhost:4321/contribuer', { origin: 'https://pirate.example' }, method)).toBe(false)
    expect(
      refused('http://localhost:4321/api/cache/invalidate', {
        'content-type': 'application/json',
        origin: 'https://pirate.example',
      }),
    ).toBe(false)
  })
})
