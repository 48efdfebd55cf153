import { describe, expect, it } from 'vitest'

import { canonicalUrl } from '../../site/lib/seo'
import { buildSitemap, serialiseSitemap } from '../../site/lib/sitemap'

const none = { houses: [], projects: [], events: [], issues: [], articles: [], shows: [], episodes: [], pages: [] }

describe('the sitemap', () => {
  it('lists each public document at its address, articles under their issue number', () => {
    const entries = buildSitemap({
      ...none,
      houses: [{ id: 1, slug: 'maison-du-port', updatedAt: '2026-11-01T10:00:00.000Z' }],
      issues: [{ id: 7, number: 2 }],
      articles: [
        { id: 3, slug: 'le-minibus', issue: 7 },
        { id: 4, slug: 'hors-serie', issue: null },
        { id: 5, slug: 'numero-prive', issue: 99 },
      ],
      shows: [{ id: 8, slug: 'les-ondes' }],
      episodes: [{ id: 9, slug: 'episode-1', show: { id: 8 } }],
      pages: [
        { id: 10, slug: 'accessibilite' },
        { id: 11, slug: 'charte' },
      ],
    })
    const paths = entries.map((entry) => entry.path)
    expect(paths).toContain('/maisons/maison-du-port')
    expect(paths).toContain('/journal/2/le-minibus')
    expect(paths).toContain('/journal/hors-numero/hors-serie')
    expect(paths).toContain('/radio/les-ondes/episode-1')
    expect(paths).toContain('/pages/charte')
    expect(paths.filter((path) => path === '/accessibilite')).toHaveLength(1)
    expect(paths.some((path) => path.includes('numero-prive'))).toBe(false)
  })

  it('writes absolute, escaped addresses with their last change', () => {
    const xml = serialiseSitemap('https://la-coope.example', [
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
