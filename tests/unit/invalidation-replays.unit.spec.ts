import { describe, expect, it } from 'vitest'

import { INVALIDATION_MAX_AGE_MS, signInvalidation } from '../../schemas/invalidation'
import { InvalidationReplays } from '../../site/lib/invalidationReplays'

describe('invalidations received', () => {
  it('take each signature once while it is acceptable, and forget it once no verification accepts it', () => {
    const now = Date.UTC(2026, 11, 4, 12)
    const received = new InvalidationReplays()
    const signature = signInvalidation('{"tags":["events"]}', 'secret', now)
    expect(received.firstTime(signature, now)).toBe(true)
    expect(received.firstTime(signature, now + 1)).toBe(false)
    expect(received.firstTime(signature, now + INVALIDATION_MAX_AGE_MS)).toBe(false)
    // Another sending of the same change is signed anew.
    expect(received.firstTime(signInvalidation('{"tags":["events"]}', 'secret', now + 1), now + 1)).toBe(true)
    // Too old to be verified by then: nothing of it is kept.
    expect(received.firstTime(signature, now + INVALIDATION_MAX_AGE_MS + 1)).toBe(true)
  })
})
