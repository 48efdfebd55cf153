import { describe, expect, it } from 'vitest'

import { canonicalUrl } from '../../site/lib/seo'
import {
  agendaPartNumber,
  EVENTS_PER_PART,
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

  it('is split into parts, the events by 250, each at an address the index lists', async () => {
    expect(EVENTS_PER_PART).toBe(250)
    expect(sitemapParts(0)).toEqual(['pages', 'journal', 'radio'])
    expect(sitemapParts(1)).toEqual(['pages', 'journal', 'radio', 'agenda-1'])
    expect(sitemapParts(250)).toEqual(['pages', 'journal', 'radio', 'agenda-1'])
    const parts = sitemapParts(501)
    expect(parts).toEqual(['pages', 'journal', 'radio', 'agenda-1', 'agenda-2', 'agenda-3'])
    expect(parts.map(sitemapPart)).toEqual(parts)
    expect(agendaPartNumber('agenda-3')).toBe(3)
    expect(agendaPartNumber('pages')).toBeUndefined()
    for (const name of ['agenda', 'agenda-0', 'agenda-01', 'agenda-123456', 'agenda-2x', '../pages', undefined])
      expect(sitemapPart(name)).toBeUndefined()
    const index = await serialiseSitemapIndex('https://la-coope.example', ['pages', 'agenda-2'])
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index).toContain('<loc>https://la-coope.example/sitemap/agenda-2.xml</loc>')
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
