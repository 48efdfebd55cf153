import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { writeSearchCorpus } from '../../site/lib/search/indexStore'
import {
  buildSearchCorpus,
  partOfSources,
  SEARCHED_COLLECTIONS,
  type SearchSources,
} from '../../site/lib/search/records'
import { changesSearchContent, planSearchUpdate, replaceSearchRecords } from '../../site/lib/search/update'

const BUILT_AT = new Date('2026-12-01T00:00:00Z')
const port = { id: 1, name: 'Maison du Port', slug: 'maison-du-port', summary: 'Centre social.' }
const food = { id: 7, name: 'Alimentation', slug: 'alimentation' }
const music = { id: 8, name: 'Musique', slug: 'musique' }

const none = Object.fromEntries(SEARCHED_COLLECTIONS.map((collection) => [collection, []])) as unknown as SearchSources
const event = (id: number, title: string, themes = [food]) => ({
  id,
  title,
  slug: `evenement-${id}`,
  start: new Date(Date.UTC(2026, 11, id, 16)).toISOString(),
  cooperation: true,
  themes,
})
const page = { id: 2, title: 'Accessibilité', slug: 'accessibilite' }

describe('planning a search update from invalidated tags', () => {
  it('reads again only the documents the CMS names, whatever their listing tags', () => {
    const plan = planSearchUpdate(['events', 'events:3', 'articles', 'articles:12', 'events:3', 'identity'])
    expect(plan).toEqual({
      everything: false,
      documents: new Map([
        ['events', ['3']],
        ['articles', ['12']],
      ]),
    })
  })

  it('keeps MongoDB ids as they are spelled, even one made of digits only', () => {
    const plan = planSearchUpdate(['events:6651f0c2a1b2c3d4e5f60718', 'events:665123456789012345678901'])
    expect(plan.everything === false && plan.documents.get('events')).toEqual([
      '6651f0c2a1b2c3d4e5f60718',
      '665123456789012345678901',
    ])
  })

  it('reads everything for a listing tag alone, or for a collection other records show', () => {
    expect(planSearchUpdate(['events'])).toEqual({ everything: true })
    expect(planSearchUpdate(['events:3', 'articles'])).toEqual({ everything: true })
    for (const shown of [
      'houses:1',
      'themes:7',
      'neighbourhoods:2',
      'objectives:3',
      'shows:4',
      'journal-issues:9',
      'projects:5',
    ]) {
      expect(planSearchUpdate(['events:3', shown])).toEqual({ everything: true })
    }
  })

  it('asks for nothing when no tag is one search shows', () => {
    expect(planSearchUpdate(['identity', 'media:4', 'navigation'])).toEqual({ everything: false, documents: new Map() })
  })
})

describe('replacing changed documents in the search corpus', () => {
  const before: SearchSources = {
    ...none,
    houses: [port],
    events: [event(1, 'Atelier cuisine'), event(2, 'Repas partagé'), event(3, 'Soupe au potiron')],
    pages: [page],
  }
  const after: SearchSources = {
    ...before,
    // 1 renamed and given a new theme, 2 unpublished, 4 published.
    events: [event(1, 'Atelier chant', [music]), event(3, 'Soupe au potiron'), event(4, 'Bal de quartier')],
  }
  const changedDocs = [after.events[0]!, after.events[2]!]

  it('gives the same corpus as a complete build of the documents after the change', () => {
    const fresh = buildSearchCorpus(partOfSources('events', changedDocs as never), BUILT_AT)
    const updated = replaceSearchRecords(
      buildSearchCorpus(before, BUILT_AT),
      new Set(['events:1', 'events:2', 'events:4']),
      fresh,
      BUILT_AT,
    )
    expect(updated).toEqual(buildSearchCorpus(after, BUILT_AT))
    expect(updated.themes.map((theme) => theme.slug)).toEqual(['alimentation', 'musique'])
  })

  it('puts a document published late, with an older id, where a complete build puts it', () => {
    const draftFirst = { ...before, events: [event(1, 'Atelier cuisine'), event(3, 'Soupe au potiron')] }
    const fresh = buildSearchCorpus(partOfSources('events', [event(2, 'Repas partagé')] as never), BUILT_AT)
    const updated = replaceSearchRecords(
      buildSearchCorpus(draftFirst, BUILT_AT),
      new Set(['events:2']),
      fresh,
      BUILT_AT,
    )
    expect(updated).toEqual(buildSearchCorpus(before, BUILT_AT))
  })

  it('orders MongoDB ids as text, numbers by value', () => {
    const mongo = (id: string) => ({ ...event(1, `Atelier ${id}`), id })
    const ids = ['665f00000000000000000002', '665123456789012345678901', '665f00000000000000000001']
    const fresh = buildSearchCorpus(partOfSources('events', ids.map(mongo) as never), BUILT_AT)
    const numbered = buildSearchCorpus({ ...none, events: [event(9, 'Neuf'), event(10, 'Dix')] }, BUILT_AT)
    const empty = buildSearchCorpus(none, BUILT_AT)
    expect(replaceSearchRecords(empty, new Set(), fresh, BUILT_AT).records.map((record) => record.source)).toEqual(
      [...ids].sort().map((id) => `events:${id}`),
    )
    expect(replaceSearchRecords(empty, new Set(), numbered, BUILT_AT).records.map((record) => record.source)).toEqual([
      'events:9',
      'events:10',
    ])
  })

  it('drops a theme from the filters once no record uses it', () => {
    const fresh = buildSearchCorpus(partOfSources('events', [event(1, 'Atelier chant', [music])] as never), BUILT_AT)
    const onlyFood = { ...none, houses: [port], events: [event(1, 'Atelier cuisine')] }
    const updated = replaceSearchRecords(buildSearchCorpus(onlyFood, BUILT_AT), new Set(['events:1']), fresh, BUILT_AT)
    expect(updated.themes).toEqual([{ slug: 'musique', name: 'Musique' }])
  })
})

describe('whether documents read again change what search shows', () => {
  const corpus = buildSearchCorpus(
    { ...none, houses: [port], events: [event(1, 'Atelier cuisine'), event(2, 'Repas')] },
    BUILT_AT,
  )
  const freshOf = (...events: ReturnType<typeof event>[]) =>
    buildSearchCorpus(partOfSources('events', events as never), BUILT_AT)

  it('says no for the same records, whatever else changed in the documents', () => {
    const priced = { ...event(1, 'Atelier cuisine'), price: { free: false, amount: '3 €' } }
    expect(changesSearchContent(corpus, new Set(['events:1']), freshOf(priced))).toBe(false)
    expect(
      changesSearchContent(
        corpus,
        new Set(['events:1', 'events:2']),
        freshOf(event(1, 'Atelier cuisine'), event(2, 'Repas')),
      ),
    ).toBe(false)
  })

  it('says yes for a changed, a removed or an added record', () => {
    expect(changesSearchContent(corpus, new Set(['events:1']), freshOf(event(1, 'Atelier chant')))).toBe(true)
    expect(changesSearchContent(corpus, new Set(['events:1']), freshOf(event(1, 'Atelier cuisine', [music])))).toBe(
      true,
    )
    expect(changesSearchContent(corpus, new Set(['events:2']), freshOf())).toBe(true)
    expect(changesSearchContent(corpus, new Set(['events:3']), freshOf(event(3, 'Bal')))).toBe(true)
  })
})

describe('the search corpus on disk', () => {
  it('reads back exactly the corpus written, a chunk of records at a time', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'coope-search-'))
    try {
      const many = {
        ...none,
        houses: [port],
        events: Array.from({ length: 1203 }, (_, i) => event(i + 1, `É ${i} « ’ »`)),
      }
      const corpus = buildSearchCorpus(many, BUILT_AT)
      const file = path.join(root, 'corpus.json')
      await writeSearchCorpus(file, corpus)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(corpus)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
