import { describe, expect, it } from 'vitest'

import { PREVIEW_LIFETIME_SECONDS, signPreviewToken, verifyPreviewToken } from '../../schemas/previewToken'

const SECRET = 'a'.repeat(64)
const NOW = Date.UTC(2026, 10, 30, 12)

describe('preview tokens', () => {
  it('grant one document of one collection until they expire', () => {
    const token = signPreviewToken(SECRET, 'events', 42, NOW)
    expect(verifyPreviewToken(SECRET, token, NOW)).toEqual({
      collection: 'events',
      id: '42',
      expiresAt: NOW / 1000 + PREVIEW_LIFETIME_SECONDS,
    })
    expect(verifyPreviewToken(SECRET, token, NOW + PREVIEW_LIFETIME_SECONDS * 1000)).toBe('expired')
  })

  it('cannot be altered, forged with another secret, or malformed', () => {
    const token = signPreviewToken(SECRET, 'events', 42, NOW)
    expect(verifyPreviewToken(SECRET, token.replace('.42.', '.43.'), NOW)).toBe('invalid')
    expect(verifyPreviewToken(SECRET, token.replace(/^events/, 'articles'), NOW)).toBe('invalid')
    expect(verifyPreviewToken('b'.repeat(64), token, NOW)).toBe('invalid')
    for (const malformed of ['', 'events.42', `${token}x`, 'events.42.9999999999.short']) {
      expect(verifyPreviewToken(SECRET, malformed, NOW)).toBe('invalid')
    }
  })
})
