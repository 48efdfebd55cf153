import { describe, expect, it } from 'vitest'

import { recordingReadTags, type TagTarget, tagRead } from '../../site/lib/readTags'

/** A request's cache as Astro keeps it: tags accumulate across calls. */
const requestCache = (enabled = true): TagTarget & { tags: Set<string> } => {
  const tags = new Set<string>()
  return { enabled, tags, set: (options) => options.tags.forEach((tag) => tags.add(tag)) }
}

describe('tags declared with each read', () => {
  it('reach the cache of the request whose rendering made the read, across awaits', async () => {
    const first = requestCache()
    const second = requestCache()
    const render = async (tag: string) => {
      await new Promise((resolve) => setImmediate(resolve))
      tagRead([tag, 'identity'])
    }
    await Promise.all([
      recordingReadTags(first, () => render('events:1')),
      recordingReadTags(second, () => render('pages:7')),
    ])
    expect([...first.tags]).toEqual(['events:1', 'identity'])
    expect([...second.tags]).toEqual(['pages:7', 'identity'])
  })

  it('are ignored outside a rendering and when the page is not cached', () => {
    expect(() => tagRead(['events'])).not.toThrow()
    const off = requestCache(false)
    recordingReadTags(off, () => tagRead(['events']))
    expect(off.tags.size).toBe(0)
  })
})
