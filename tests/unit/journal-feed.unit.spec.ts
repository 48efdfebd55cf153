import { describe, expect, it } from 'vitest'

import type { FeedIssue } from '../../schemas/content/journalFeed'
import { buildJournalFeed } from '../../site/feeds/journalFeed'
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
