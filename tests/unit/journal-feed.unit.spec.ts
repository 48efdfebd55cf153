import { describe, expect, it } from 'vitest'

import type { FeedArticle, FeedIssue } from '../../schemas/content/journalFeed'
import { buildJournalFeed, journalXml } from '../../site/feeds/journalFeed'
import { issueFullTitle, issueListTitle, titleNamesIssue } from '../../site/lib/journal'
import { buildSearchCorpus, type SearchSources } from '../../site/lib/search/records'

const SITE = 'https://journal.example.org'
const issue = (over: Partial<FeedIssue>): FeedIssue => ({
  id: 21,
  number: 2,
  title: 'L’hiver solidaire',
  date: '2026-11-01T10:00:00.000Z',
  ...over,
})
const article = (over: Partial<FeedArticle>): FeedArticle => ({
  id: 40,
  title: 'Les bocaux',
  slug: 'les-bocaux',
  summary: 'Chapô.',
  publishedAt: '2026-11-10T10:00:00.000Z',
  issue: { id: 21, number: 2 },
  ...over,
})
const itemOf = (issues: FeedIssue[], articles: FeedArticle[], title: string) =>
  buildJournalFeed(issues, articles, SITE).items.find((item) => item.title === title)!

describe('journal feed item titles', () => {
  it('keep an issue title that already names the journal, and prefix one that does not', () => {
    const titles = buildJournalFeed(
      [
        issue({ title: 'Au fil des quartiers n°2 : l’hiver solidaire' }),
        issue({ id: 22, number: 3, title: 'Printemps', date: '2026-12-01T10:00:00.000Z' }),
      ],
      [],
      SITE,
    ).items.map((item) => item.title)
    expect(titles).toEqual(['Au fil des quartiers n° 3 : Printemps', 'Au fil des quartiers n°2 : l’hiver solidaire'])
  })

  it('recognise the journal or the issue number however staff write them', () => {
    for (const title of [
      'Au fil des quartiers n°2 : l’hiver solidaire',
      'AU FIL DES QUARTIERS – hiver',
      'Au\u00a0fil des quartiers',
      'Numéro 2 : l’hiver',
      'N° 2, spécial hiver',
      'Nº2',
      'no. 2 hiver',
    ])
      expect(titleNamesIssue(title, 2), title).toBe(true)
    for (const title of ['Les 2 ans de la radio', 'N° 12 : archives', 'Numéro 21', 'Hiver 2', 'Bonne année'])
      expect(titleNamesIssue(title, 2), title).toBe(false)
  })

  it('are written once in issue lists and search results as well', () => {
    const named = { number: 2, title: 'Au fil des quartiers n°2 : l’hiver solidaire' }
    expect(issueFullTitle(named)).toBe(named.title)
    expect(issueListTitle(named)).toBe(named.title)
    expect(issueListTitle({ number: 3, title: 'Printemps' })).toBe('N°\u00a03 — Printemps')
    const sources = Object.fromEntries(
      [
        'events',
        'houses',
        'projects',
        'partners',
        'purposes',
        'objectives',
        'actions',
        'articles',
        'shows',
        'episodes',
        'pages',
        'contributions',
      ].map((k) => [k, []]),
    ) as unknown as SearchSources
    const corpus = buildSearchCorpus(
      {
        ...sources,
        'journal-issues': [{ ...named, id: 21, date: '2026-11-01T10:00:00.000Z', cooperation: true }],
      } as never,
      new Date('2026-12-01T00:00:00Z'),
    )
    expect(corpus.records.map((record) => record.title)).toEqual([named.title])
  })
})

describe('journal feed item guids', () => {
  it('stay the same when an article is renamed or moved to another issue', () => {
    const before = itemOf([], [article({})], 'Les bocaux')
    const after = itemOf([], [article({ slug: 'des-bocaux-pour-l-hiver', issue: { id: 22, number: 3 } })], 'Les bocaux')
    expect(after.link).not.toBe(before.link)
    expect(after.guid).toBe(before.guid)
    expect(before.guid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
  })

  it('stay the same when an issue is renumbered, and differ between documents and collections', () => {
    const before = itemOf([issue({})], [], 'Au fil des quartiers n° 2 : L’hiver solidaire')
    const after = itemOf([issue({ number: 4 })], [], 'Au fil des quartiers n° 4 : L’hiver solidaire')
    expect(after.guid).toBe(before.guid)
    const guids = buildJournalFeed(
      [issue({}), issue({ id: 40, number: 5 })],
      [article({}), article({ id: 41, slug: 'autre', title: 'Autre' })],
      SITE,
    ).items.map((item) => item.guid)
    expect(new Set(guids).size).toBe(4)
  })

  it('are written as guids that are not addresses', () => {
    const xml = journalXml(buildJournalFeed([issue({})], [article({})], SITE))
    const guids = [...xml.matchAll(/<guid([^>]*)>([^<]*)<\/guid>/g)]
    expect(guids).toHaveLength(2)
    for (const [, attributes, value] of guids) {
      expect(attributes).toContain('isPermaLink="false"')
      expect(value).not.toContain(SITE)
    }
  })
})

describe('journal feed articles', () => {
  it('link each article to its page: under its issue, or outside any issue when it has none or its issue is not out', () => {
    const linkOf = (over: Partial<FeedArticle>) => itemOf([], [article(over)], 'Les bocaux').link
    expect(linkOf({})).toBe(`${SITE}/journal/2/les-bocaux`)
    expect(linkOf({ issue: null })).toBe(`${SITE}/journal/hors-numero/les-bocaux`)
    expect(linkOf({ issue: undefined })).toBe(`${SITE}/journal/hors-numero/les-bocaux`)
    expect(linkOf({ issue: 22 })).toBe(`${SITE}/journal/hors-numero/les-bocaux`)
  })
})
