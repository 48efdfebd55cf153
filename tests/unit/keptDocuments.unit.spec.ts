import { describe, expect, it } from 'vitest'

import { KeptDocuments } from '../../site/lib/content/keptDocuments'

type Doc = { id: number; updatedAt: string; title: string }
const doc = (id: number, updatedAt = 'v1', title = `Événement ${id}`): Doc => ({ id, updatedAt, title })
const store = (max = 10, maxAgeMs = 60_000) => new KeptDocuments<Doc>(new Set(['houses', 'themes']), max, maxAgeMs)

describe('documents kept by version', () => {
  it('gives a document back only at the version it was kept at', () => {
    const kept = store()
    kept.keep(doc(1), kept.generation, 0)
    expect(kept.get({ id: 1, updatedAt: 'v1' }, 0)?.title).toBe('Événement 1')
    expect(kept.get({ id: 1, updatedAt: 'v2' }, 0)).toBeUndefined()
    expect(kept.get({ id: 2, updatedAt: 'v1' }, 0)).toBeUndefined()
  })

  it('keeps none longer than its maximum age', () => {
    const kept = store(10, 1000)
    kept.keep(doc(1), kept.generation, 0)
    expect(kept.get({ id: 1, updatedAt: 'v1' }, 1000)).toBeDefined()
    expect(kept.get({ id: 1, updatedAt: 'v1' }, 1001)).toBeUndefined()
  })

  it('keeps at most `max`, dropping the least recently used first', () => {
    const kept = store(2)
    kept.keep(doc(1), kept.generation, 0)
    kept.keep(doc(2), kept.generation, 0)
    kept.get({ id: 1, updatedAt: 'v1' }, 0)
    kept.keep(doc(3), kept.generation, 0)
    expect(kept.size).toBe(2)
    expect(kept.get({ id: 2, updatedAt: 'v1' }, 0)).toBeUndefined()
    expect(kept.get({ id: 1, updatedAt: 'v1' }, 0)).toBeDefined()
    expect(kept.get({ id: 3, updatedAt: 'v1' }, 0)).toBeDefined()
  })

  it('drops everything when a related collection or one of its documents changes, and nothing otherwise', () => {
    const kept = store()
    kept.keep(doc(1), kept.generation, 0)
    kept.forget(['events', 'events:1', 'articles', 'identity'])
    expect(kept.size).toBe(1)
    kept.forget(['themes:4'])
    expect(kept.size).toBe(0)
  })

  it('does not keep what was read before the last drop', () => {
    const kept = store()
    const before = kept.generation
    kept.forget(['houses'])
    kept.keep(doc(1), before, 0)
    expect(kept.size).toBe(0)
    kept.keep(doc(1), kept.generation, 0)
    expect(kept.size).toBe(1)
  })

  it('freezes what it keeps, nested values included: every page shares it', () => {
    const kept = store()
    const nested = { ...doc(1), place: { name: 'Salle des fêtes' } }
    kept.keep(nested, kept.generation, 0)
    expect(() => Object.assign(nested.place, { name: 'Ailleurs' })).toThrow(TypeError)
  })
})
