import { describe, expect, it } from 'vitest'

import { sharedWork } from '../../site/lib/sharedWork'

/** A work that settles when the test says so, and counts its starts. */
function controlled() {
  let starts = 0
  let settle: { resolve: (value: string) => void; reject: (error: Error) => void } | undefined
  const start = () => {
    starts += 1
    return new Promise<string>((resolve, reject) => (settle = { resolve, reject }))
  }
  return { start, starts: () => starts, settle: () => settle! }
}

describe('sharedWork', () => {
  it('starts a key’s work once for those asking while it is under way, and again once it is done', async () => {
    const share = sharedWork<string>()
    const work = controlled()
    const asked = [share('a', work.start), share('a', work.start), share('a', work.start)]
    expect(work.starts()).toBe(1)
    work.settle().resolve('fait')
    expect(await Promise.all(asked)).toEqual(['fait', 'fait', 'fait'])
    void share('a', work.start)
    expect(work.starts()).toBe(2)
  })

  it('keeps the works of different keys apart', () => {
    const share = sharedWork<string>()
    const work = controlled()
    void share('a', work.start)
    void share('b', work.start)
    expect(work.starts()).toBe(2)
  })

  it('gives a failure to everyone who shared the work, and does not remember it', async () => {
    const share = sharedWork<string>()
    const work = controlled()
    const asked = [share('a', work.start), share('a', work.start)]
    work.settle().reject(new Error('échec'))
    for (const each of asked) await expect(each).rejects.toThrow('échec')
    void share('a', work.start)
    expect(work.starts()).toBe(2)
  })
})
