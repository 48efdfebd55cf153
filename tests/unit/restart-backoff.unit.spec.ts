import { describe, expect, it } from 'vitest'

import { RestartBackoff } from '../../cms/launcher/backoff'

describe('the delay before a dead server is started again', () => {
  it('starts at 1 s and doubles at each quick death, up to 30 s', () => {
    const backoff = new RestartBackoff()
    expect(Array.from({ length: 8 }, () => backoff.delayAfter(2_000))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ])
  })

  it('starts over at 1 s once the server has stayed up a minute', () => {
    const backoff = new RestartBackoff()
    for (let i = 0; i < 5; i++) backoff.delayAfter(500)
    expect(backoff.delayAfter(60_000)).toBe(1000)
    expect(backoff.delayAfter(100)).toBe(2000)
  })
})
