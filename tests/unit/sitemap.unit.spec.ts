import { describe, expect, it } from 'vitest'

import { canonicalUrl } from '../../site/lib/seo'
import {
  agendaYear,
  journalEntries,
  pageEntries,
  radioEntries,
  serialiseSitemap,
  serialiseSitemapIndex,
  sitemapPart,
  sitemapParts,
} from '../../site/lib/sitemap'

describe('the sitemap', () => {
  it('lists each public document at its address, articles under their issue number', () => {
    const pages = pageEntries({
      houses: [{ id: 1, slug: 'maison-du-port', updatedAt: '2026-11-01T10:00:00.000Z' }],
      projects: [],
      pages: [
        { id: 10, slug: 'accessibilite' },
        { id: 11, slug: 'charte' },
      ],
    }).map((entry) => entry.path)
    expect(pages).toContain('/maisons/maison-du-port')
    expect(pages).toContain('/pages/charte')
    expect(pages.filter((path) => path === '/accessibilite')).toHaveLength(1)
    const journal = journalEntries({
      issues: [{ id: 7, number: 2 }],
      articles: [
        { id: 3, slug: 'le-minibus', issue: 7 },
        { id: 4, slug: 'hors-serie', issue: null },
        { id: 5, slug: 'numero-prive', issue: 99 },
      ],
    }).map((entry) => entry.path)
    expect(journal).toEqual(['/journal', '/journal/2', '/journal/2/le-minibus', '/journal/hors-numero/hors-serie'])
    const radio = radioEntries({
      shows: [{ id: 8, slug: 'les-ondes' }],
      episodes: [
        { id: 9, slug: 'episode-1', show: { id: 8 } },
        { id: 12, slug: 'emission-privee', show: { id: 99 } },
      ],
    })
    expect(radio.map((entry) => entry.path)).toEqual(['/radio', '/radio/les-ondes', '/radio/les-ondes/episode-1'])
  })

  it('never has an empty part: the journal and the radio hold their listings without any document', () => {
    expect(journalEntries({ issues: [], articles: [] }).map((entry) => entry.path)).toEqual(['/journal'])
    expect(radioEntries({ shows: [], episodes: [] }).map((entry) => entry.path)).toEqual(['/radio'])
  })

  it('is split into parts, one for each year of events, each at an address the index lists', async () => {
    const parts = sitemapParts([2024, 2025, 2026])
    expect(parts).toEqual(['pages', 'journal', 'radio', 'agenda-2024', 'agenda-2025', 'agenda-2026'])
    expect(sitemapParts([])).toEqual(['pages', 'journal', 'radio'])
    // A year no agenda part can name (a date typed wrong) is left out of the index.
    expect(sitemapParts([202, 2026, 20266])).toEqual(['pages', 'journal', 'radio', 'agenda-2026'])
    expect(parts.map(sitemapPart)).toEqual(parts)
    expect(agendaYear('agenda-2025')).toBe(2025)
    for (const name of ['agenda', 'agenda-20', 'agenda-0050', 'agenda-2025x', '../pages', undefined])
      expect(sitemapPart(name)).toBeUndefined()
    const index = await serialiseSitemapIndex('https://la-coope.example', ['pages', 'agenda-2026'])
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index).toContain('<loc>https://la-coope.example/sitemap/agenda-2026.xml</loc>')
  })

  it('writes absolute, escaped addresses with their last change', async () => {
    const xml = await serialiseSitemap('https://la-coope.example', [
      { path: '/projets/a&b', lastModified: '2026-11-01T10:00:00.000Z' },
    ])
    expect(xml).toContain(
      '<loc>https://la-coope.example/projets/a&amp;b</loc><lastmod>2026-11-01T10:00:00.000Z</lastmod>',
    )
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
  })
})

describe('canonical addresses', () => {
  it('take the configured origin, never the request, and drop the query and a trailing slash', () => {
    expect(canonicalUrl('https://la-coope.example', '/journal/2/')).toBe('https://la-coope.example/journal/2')
    expect(canonicalUrl('https://la-coope.example', '/')).toBe('https://la-coope.example/')
  })
})
