import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { freshness, PageStore } from '../../site/lib/pageStore'
import { storedPage } from '../helpers/storedPages'

describe('page store', () => {
  /** Stores each of `keys` (at `http://x/<key>`) and reads it once. */
  const storeAndRead = (store: PageStore, keys: string[], page = () => storedPage()) => {
    for (const key of keys) {
      store.set(`http://x/${key}`, page())
      store.get(`http://x/${key}`)
    }
  }
  /** Those of `keys` the store still holds, read once more in passing. */
  const held = (store: PageStore, keys: string[]) => keys.filter((key) => store.get(`http://x/${key}`))

  it('tells fresh, stale and expired pages apart by their windows', () => {
    const stored = storedPage({ storedAt: 0 })
    expect(freshness(stored, 300_000)).toBe('fresh')
    expect(freshness(stored, 330_000)).toBe('stale')
    expect(freshness(stored, 361_000)).toBe('expired')
  })

  it('does not keep a render that a publication made during it concerns, and keeps the others', () => {
    const store = new PageStore(10)
    const since = store.generation
    store.invalidate({ tags: ['events:7'] })
    expect(store.setIfCurrent('http://x/agenda/fete', storedPage({ tags: ['events', 'events:7'] }), since)).toBe(false)
    expect(store.get('http://x/agenda/fete')).toBeUndefined()
    expect(store.setIfCurrent('http://x/journal', storedPage({ tags: ['articles'] }), since)).toBe(true)
    expect(store.setIfCurrent('http://x/agenda/fete', storedPage({ tags: ['events:7'] }), store.generation)).toBe(true)
  })

  it('keeps a corrected page as the fallback of its next render, and drops a withdrawn one', () => {
    const store = new PageStore(10)
    store.set('http://x/agenda/fete', storedPage({ tags: ['events:7'] }))
    store.set('http://x/agenda/loto', storedPage({ tags: ['events:8'] }))
    store.invalidate({ tags: ['events:7'], keepAsFallback: true })
    store.invalidate({ tags: ['events:8'] })
    expect(freshness(store.get('http://x/agenda/fete')!)).toBe('expired')
    expect(store.get('http://x/agenda/loto')).toBeUndefined()
  })

  it('does not keep a render older than the invalidations it remembers', () => {
    const store = new PageStore(10)
    const since = store.generation
    for (let i = 0; i < 201; i++) store.invalidate({ tags: [`articles:${i}`] })
    expect(store.setIfCurrent('http://x/maisons', storedPage({ tags: ['houses'] }), since)).toBe(false)
    expect(store.setIfCurrent('http://x/maisons', storedPage({ tags: ['houses'] }), since + 1)).toBe(true)
  })

  it('drops the least recently used page beyond its size', () => {
    const store = new PageStore(2)
    store.set('http://x/a', storedPage())
    store.set('http://x/b', storedPage())
    store.get('http://x/a')
    store.set('http://x/c', storedPage())
    expect([store.get('http://x/a'), store.get('http://x/b'), store.get('http://x/c')].map(Boolean)).toEqual([
      true,
      false,
      true,
    ])
  })

  it('drops the least recently used pages beyond its bytes, keeping a page larger than them alone', () => {
    const store = new PageStore(10, { maxBytes: 250 })
    const sized = (bytes: number) => ({ ...storedPage(), body: Buffer.alloc(bytes) })
    store.set('http://x/a', sized(100))
    store.set('http://x/b', sized(100))
    store.get('http://x/a')
    store.set('http://x/c', sized(100))
    expect([store.get('http://x/a'), store.get('http://x/b'), store.get('http://x/c')].map(Boolean)).toEqual([
      true,
      false,
      true,
    ])
    expect(store.bytes).toBe(200)
    store.set('http://x/a', sized(50))
    expect(store.bytes).toBe(150)
    store.set('http://x/agenda', sized(400))
    expect([store.size, store.bytes]).toEqual([1, 400])
    store.invalidate({ tags: ['events'], keepAsFallback: true })
    expect(store.bytes).toBe(400)
    store.invalidate({ tags: ['events'] })
    expect([store.size, store.bytes]).toEqual([0, 0])
  })

  it('keeps the pages visitors read again through a scan of thousands of addresses read once', () => {
    const store = new PageStore(10)
    const popular = ['http://x/', 'http://x/agenda', 'http://x/radio']
    for (const key of popular) {
      store.set(key, storedPage())
      store.get(key)
    }
    for (let day = 0; day < 2000; day++) store.set(`http://x/agenda/widget?du=${day}`, storedPage())
    expect(popular.map((key) => Boolean(store.get(key)))).toEqual([true, true, true])
    expect(store.size).toBe(10)
    // The newest of the scan are there: pages read once still have their place.
    expect(store.get('http://x/agenda/widget?du=1999')).toBeDefined()
  })

  it('lets pages read again fill four fifths of it, the least recently read going back among the others', () => {
    const store = new PageStore(5)
    storeAndRead(store, ['a', 'b', 'c', 'd', 'e'])
    // Five read again, four at most kept as such: « a », read longest ago, goes first.
    store.set('http://x/f', storedPage())
    expect(held(store, ['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['b', 'c', 'd', 'e', 'f'])
  })

  it('drops the least recently read of the pages read again once no other is left', () => {
    const store = new PageStore(10, { maxBytes: 300 })
    const sized = () => ({ ...storedPage(), body: Buffer.alloc(100) })
    storeAndRead(store, ['a', 'b'], sized)
    store.get('http://x/a')
    storeAndRead(store, ['c'], sized)
    store.set('http://x/d', sized())
    expect(held(store, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd'])
  })

  it('sends back among the others the page read again that was read longest ago, not the first to join', () => {
    const store = new PageStore(5)
    storeAndRead(store, ['a', 'b', 'c', 'd'])
    store.get('http://x/a')
    storeAndRead(store, ['e'])
    store.set('http://x/f', storedPage())
    expect(held(store, ['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a', 'c', 'd', 'e', 'f'])
  })

  it('sends the least recently read page back among the others, as if stored when it left', () => {
    const store = new PageStore(6)
    storeAndRead(store, ['a', 'b', 'c', 'd'])
    store.get('http://x/a')
    // « e » joins the four read again: « b », read longest ago, leaves them, now behind « x ».
    store.set('http://x/x', storedPage())
    storeAndRead(store, ['e'])
    store.set('http://x/f', storedPage())
    expect(held(store, ['a', 'b', 'c', 'd', 'e', 'f', 'x'])).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
  })

  it('invalidates by tag and by path', () => {
    const store = new PageStore(10)
    store.set('http://x/agenda?maison=port', storedPage({ tags: ['events'] }))
    store.set('http://x/maisons', storedPage({ tags: ['houses'] }))
    store.set('http://x/journal', storedPage({ tags: ['articles'] }))
    store.invalidate({ tags: ['events'], path: '/maisons' })
    expect(store.size).toBe(1)
    expect(store.get('http://x/journal')).toBeDefined()
  })
})

describe('page store on disk', () => {
  it('gives a restarted site the pages it had, to re-render, without those invalidated since', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coope-pages-'))
    try {
      const before = new PageStore(10, { dir })
      before.set('http://x/agenda', storedPage({ tags: ['events'], storedAt: 0 }))
      before.set('http://x/maisons', storedPage({ tags: ['houses'] }))
      before.set('http://x/journal', storedPage({ tags: ['articles'] }))
      // Written and removed at once: the removal must not overtake the write.
      before.invalidate({ tags: ['articles'] })
      await before.flushed()
      writeFileSync(path.join(dir, 'cut-short.json'), '{"key":')

      const after = new PageStore(10, { dir })
      expect(after.size).toBe(2)
      const agenda = after.get('http://x/agenda')!
      expect(agenda.body.toString()).toBe('<p>Agenda</p>')
      expect(freshness(agenda)).toBe('expired')
      // Served at once, rendered again at its first visit: a publication may have been missed.
      expect(freshness(after.get('http://x/maisons')!)).toBe('stale')
      expect(after.get('http://x/journal')).toBeUndefined()

      // Restarted with less room: the newest page stays, the older one leaves memory and disk.
      const smaller = new PageStore(10, { dir, maxBytes: 20 })
      expect([smaller.size, Boolean(smaller.get('http://x/maisons'))]).toEqual([1, true])
      await smaller.flushed()
      expect(new PageStore(10, { dir }).size).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
