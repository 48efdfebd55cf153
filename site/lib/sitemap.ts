import type { AddressFacts } from '../../schemas/content/addresses'
import { relationId } from '../../schemas/relations'
import {
  articleHref,
  episodeHref,
  eventHref,
  fixedPageHref,
  houseHref,
  issueHref,
  projectHref,
  showHref,
} from '../../schemas/addresses'
import { absoluteUrl } from './seo'

/** One page of the sitemap: its path and, when known, the day its content last changed. */
export type SitemapEntry = { path: string; lastModified?: string }

/** The pages that exist whatever the content (listings, information pages). */
export const FIXED_PATHS = [
  '/',
  '/agenda',
  '/maisons',
  '/projets',
  '/partenaires',
  '/actions',
  '/journal',
  '/radio',
  '/contributions',
  '/identite',
  '/accessibilite',
  '/mentions-legales',
  '/confidentialite',
] as const

/** The public documents of each kind, as `content.addresses` reads them. */
export type SitemapSources = {
  houses: AddressFacts[]
  projects: AddressFacts[]
  events: AddressFacts[]
  issues: AddressFacts[]
  articles: AddressFacts[]
  shows: AddressFacts[]
  episodes: AddressFacts[]
  pages: AddressFacts[]
}

const withSlug = (docs: AddressFacts[], href: (slug: string) => string): SitemapEntry[] =>
  docs.flatMap((doc) => (doc.slug ? [{ path: href(doc.slug), lastModified: doc.updatedAt ?? undefined }] : []))

/**
 * Every public page from the content (pure): the fixed pages, then one entry per house, project,
 * event, issue, article, show, episode and fixed page. An article's address takes its issue's
 * number; an episode's its show's slug (documents whose parent is not public are left out).
 */
export function buildSitemap(sources: SitemapSources): SitemapEntry[] {
  const issueNumbers = new Map(sources.issues.map((issue) => [String(issue.id), issue.number]))
  const showSlugs = new Map(sources.shows.map((show) => [String(show.id), show.slug]))
  const entries: SitemapEntry[] = [
    ...FIXED_PATHS.map((path) => ({ path })),
    ...withSlug(sources.houses, houseHref),
    ...withSlug(sources.projects, projectHref),
    ...withSlug(sources.events, eventHref),
    ...sources.issues.flatMap((issue) =>
      issue.number ? [{ path: issueHref(issue.number), lastModified: issue.updatedAt ?? undefined }] : [],
    ),
    ...sources.articles.flatMap((article) => {
      const issue = relationId(article.issue)
      const number = issue === null ? null : issueNumbers.get(String(issue))
      if (!article.slug || number === undefined) return []
      return [{ path: articleHref(number, article.slug), lastModified: article.updatedAt ?? undefined }]
    }),
    ...withSlug(sources.shows, showHref),
    ...sources.episodes.flatMap((episode) => {
      const show = showSlugs.get(String(relationId(episode.show)))
      return show && episode.slug
        ? [{ path: episodeHref(show, episode.slug), lastModified: episode.updatedAt ?? undefined }]
        : []
    }),
    ...withSlug(sources.pages, fixedPageHref),
  ]
  const seen = new Set<string>()
  return entries.filter((entry) => !seen.has(entry.path) && Boolean(seen.add(entry.path)))
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

/** The sitemap document (sitemaps.org protocol 0.9): absolute `loc`, `lastmod` as a W3C date. */
export function serialiseSitemap(siteUrl: string, entries: SitemapEntry[]): string {
  const urls = entries.map(({ path, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${escapeXml(new Date(lastModified).toISOString())}</lastmod>` : ''
    return `<url><loc>${escapeXml(absoluteUrl(siteUrl, path))}</loc>${lastmod}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}
