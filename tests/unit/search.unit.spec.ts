import { afterEach, describe, expect, it, vi } from 'vitest'

import { debouncedTask } from '../../site/lib/search/debounce'
import { queryTerms, searchRecords } from '../../site/lib/search/match'
import {
  buildSearchCorpus,
  COOPERATION,
  joinSearchCorpora,
  partOfSources,
  SEARCHED_COLLECTIONS,
  type SearchSources,
} from '../../site/lib/search/records'

const paragraph = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, version: 1 }], version: 1 }] },
})
const port = { id: 1, name: 'Maison du Port', slug: 'maison-du-port', summary: 'Centre social du quartier du Port.' }
const food = { id: 7, name: 'Alimentation', slug: 'alimentation' }

const empty: SearchSources = {
  events: [],
  houses: [],
  projects: [],
  partners: [],
  purposes: [],
  objectives: [],
  actions: [],
  'journal-issues': [],
  articles: [],
  shows: [],
  episodes: [],
  pages: [],
  contributions: [],
}

const sources: SearchSources = {
  ...empty,
  houses: [port],
  events: [
    {
      id: 3,
      title: 'Atelier cuisine des jardins',
      slug: 'atelier-cuisine',
      summary: 'On cuisine les légumes du jardin partagé.',
      description: paragraph('Venez avec vos enfants <b>et</b> vos recettes.'),
      start: '2026-12-01T16:00:00.000Z',
      venue: { house: port },
      houses: [port],
      themes: [food],
    },
  ],
  articles: [
    {
      id: 4,
      title: 'Le jardinage au pied des tours',
      slug: 'jardinage',
      body: paragraph('Les habitants ont planté des tomates.'),
      publishedAt: '2026-10-01T00:00:00.000Z',
      issue: { id: 9, number: 12 },
      cooperation: true,
    },
  ],
  episodes: [
    {
      id: 5,
      title: 'Fête de quartier',
      slug: 'fete',
      description: 'Reportage.',
      transcript: 'Bonjour à toutes et à tous.',
      publishedAt: '2026-11-01T00:00:00.000Z',
      show: { id: 2, title: 'Les voix du Port', slug: 'voix-du-port' },
    },
  ],
  pages: [{ id: 6, title: 'Accessibilité', slug: 'accessibilite', body: paragraph('Déclaration.') }],
  contributions: [{ id: 8, title: 'Mon quartier', content: 'Un texte.', signature: 'Awa' }],
}
const BUILT_AT = new Date('2026-11-30T00:00:00Z')
const corpus = buildSearchCorpus(sources, BUILT_AT)

describe('search records', () => {
  it('gives every kind of document its agreed public address', () => {
    expect(corpus.records.map((r) => [r.kind, r.url])).toEqual([
      ['evenement', '/agenda/atelier-cuisine'],
      ['maison', '/maisons/maison-du-port'],
      ['article', '/journal/12/jardinage'],
      ['episode', '/radio/voix-du-port/fete'],
      ['page', '/accessibilite'],
      ['contribution', '/contributions#contribution-8'],
    ])
  })

  it('keeps houses and themes for the filters, the whole cooperation as a value of its own', () => {
    const [event] = corpus.records
    expect(event!.houses).toEqual([port.slug])
    expect(event!.themes).toEqual([food.slug])
    expect(corpus.records.find((r) => r.kind === 'article')!.houses).toEqual([COOPERATION.slug])
    expect(corpus.houses.map((h) => h.slug)).toEqual([COOPERATION.slug, port.slug])
    expect(corpus.themes).toEqual([{ slug: food.slug, name: food.name }])
  })

  it('builds the same corpus a document at a time, joined, as from all the sources at once', () => {
    const parts = SEARCHED_COLLECTIONS.flatMap((collection) =>
      (sources[collection] as unknown[]).map((doc) =>
        buildSearchCorpus(partOfSources(collection, [doc] as never), BUILT_AT),
      ),
    )
    expect(parts.length).toBeGreaterThan(3)
    expect(joinSearchCorpora(parts, BUILT_AT)).toEqual(corpus)
  })

  it('indexes rich text as words, never as markup', () => {
    const event = corpus.records[0]!
    expect(event.content).toContain('Venez avec vos enfants')
    expect(event.content).not.toMatch(/[<>]/)
  })
})

describe('search without JavaScript', () => {
  const urls = (query: string, filters = {}) => searchRecords(corpus, query, filters, 10).hits.map((h) => h.record.url)

  it('ignores case and accents and finds plurals and longer words from their start', () => {
    expect(urls('LÉGUME')).toEqual(['/agenda/atelier-cuisine'])
    expect(urls('fete')).toEqual(['/radio/voix-du-port/fete'])
    expect(urls('jardin').sort()).toEqual(['/agenda/atelier-cuisine', '/journal/12/jardinage'])
  })

  it('needs every word of the query, and skips the words too common to count', () => {
    expect(urls('jardin tomates')).toEqual(['/journal/12/jardinage'])
    expect(urls('le de la')).toEqual([])
    expect(queryTerms("l'atelier des enfants")).toEqual(['atelier', 'enfant'])
  })

  it('applies the type, house and theme filters, and lists a filter alone most recent first', () => {
    expect(urls('jardin', { kind: 'article' })).toEqual(['/journal/12/jardinage'])
    expect(urls('jardin', { house: port.slug })).toEqual(['/agenda/atelier-cuisine'])
    expect(urls('', { theme: food.slug })).toEqual(['/agenda/atelier-cuisine'])
    expect(urls('', {})).toEqual([])
  })

  it('marks the words found in the excerpt and counts beyond the limit', () => {
    const answer = searchRecords(corpus, 'tomates', {}, 10)
    expect(answer.hits[0]!.excerpt.filter((part) => part.hit).map((part) => part.text)).toEqual(['tomates'])
    expect(searchRecords(corpus, 'quartier', {}, 1)).toMatchObject({ total: 3, hits: [{}] })
  })
})

describe('debounced rebuild', () => {
  afterEach(() => vi.useRealTimers())

  it('runs once after a burst, never twice at once, and once more for a request made while running', async () => {
    vi.useFakeTimers()
    let runs = 0
    let release: () => void = () => undefined
    const task = debouncedTask(
      async () => {
        runs += 1
        await new Promise<void>((resolve) => (release = resolve))
      },
      { delayMs: 1000, maxWaitMs: 5000, onError: () => undefined },
    )
    for (let i = 0; i < 5; i++) {
      task.request()
      await vi.advanceTimersByTimeAsync(500)
    }
    expect(runs).toBe(0)
    await vi.advanceTimersByTimeAsync(1000)
    expect(runs).toBe(1)
    task.request()
    await vi.advanceTimersByTimeAsync(2000)
    expect(runs).toBe(1)
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toBe(2)
    release()
    await task.idle()
  })

  it('runs at the latest maxWait after the first request of a steady stream', async () => {
    vi.useFakeTimers()
    let runs = 0
    const task = debouncedTask(async () => void (runs += 1), {
      delayMs: 1000,
      maxWaitMs: 3000,
      onError: () => undefined,
    })
    for (let i = 0; i < 8; i++) {
      task.request()
      await vi.advanceTimersByTimeAsync(500)
    }
    expect(runs).toBe(1)
  })

  it('rests restFactor times the last run before the next, even for a request asked at once', async () => {
    vi.useFakeTimers()
    let runs = 0
    const task = debouncedTask(
      async () => {
        runs += 1
        await new Promise((resolve) => setTimeout(resolve, 2000))
      },
      { delayMs: 100, maxWaitMs: 1000, restFactor: 3, onError: () => undefined },
    )
    task.request(0)
    await vi.advanceTimersByTimeAsync(2000)
    expect(runs).toBe(1)
    // The run took 2 s: the next may not start before 6 s have passed.
    task.request(0)
    await vi.advanceTimersByTimeAsync(5900)
    expect(runs).toBe(1)
    await vi.advanceTimersByTimeAsync(200)
    expect(runs).toBe(2)
    await vi.advanceTimersByTimeAsync(2000)
    await task.idle()
  })
})
