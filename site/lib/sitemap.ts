import { Readable, type Transform } from 'node:stream'

import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'

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

/**
 * The pages that exist whatever the content (listings, information pages), in the `pages` part;
 * the journal's and the radio's listings open their own parts.
 */
export const FIXED_PATHS = [
  '/',
  '/agenda',
  '/maisons',
  '/projets',
  '/partenaires',
  '/actions',
  '/contributions',
  '/identite',
  '/accessibilite',
  '/mentions-legales',
  '/confidentialite',
] as const

/**
 * The parts the sitemap is split into, each its own file under /sitemap/ listed by the sitemap
 * index at /sitemap.xml: the information pages and listings with houses, projects and fixed pages;
 * the journal with its issues and articles; the radio with its shows and episodes; and the events,
 * the only kind that grows by a thousand and more a year, by {@link EVENTS_PER_PART} in order of
 * their first date (`agenda-1` the oldest). Each part is thus one read of a bounded size however
 * many years the agenda holds, and the index needs only the count of events. The protocol allows
 * 50,000 addresses a file (sitemaps.org, "Sitemap index files"), and at least one: the first three
 * always hold their listing page, and the index lists no agenda part past the last event.
 */
export type SitemapPart = 'pages' | 'journal' | 'radio' | `agenda-${number}`

/**
 * Events in each agenda part. The CMS's read of an event's address alone still costs it about
 * 0.15 ms, and a part of 1,000 rendered uncached in 140–410 ms (p50 about 175) on the 2-core
 * server; a part of 250 is a read of a size the other pages make. Ten years of events (15,000)
 * make 60 parts. Events added in the future, as most are, change only the last part.
 */
export const EVENTS_PER_PART = 250

/** An agenda part's name: its number, from 1, of at most five digits. */
const AGENDA_PART = /^agenda-([1-9]\d{0,4})$/

/** The part named `name` (`agenda-3`), undefined for any other name. */
export function sitemapPart(name: string | undefined): SitemapPart | undefined {
  if (name === 'pages' || name === 'journal' || name === 'radio') return name
  return name !== undefined && AGENDA_PART.test(name) ? (name as SitemapPart) : undefined
}

/** The number of an agenda part (from 1), undefined for the other parts. */
export const agendaPartNumber = (part: SitemapPart): number | undefined => {
  const number = AGENDA_PART.exec(part)?.[1]
  return number === undefined ? undefined : Number(number)
}

/** The address of a part of the sitemap (`/sitemap/agenda-3.xml`). */
export const sitemapPartPath = (part: SitemapPart): string => `/sitemap/${part}.xml`

/**
 * Every part: the pages, journal and radio, then as many agenda parts as `eventCount` public
 * events fill (`EVENTS_PER_PART` each, the last one partly), in that order.
 */
export const sitemapParts = (eventCount: number): SitemapPart[] => [
  'pages',
  'journal',
  'radio',
  ...Array.from({ length: Math.ceil(eventCount / EVENTS_PER_PART) }, (_, index) => `agenda-${index + 1}` as const),
]

const withSlug = (docs: AddressFacts[], href: (slug: string) => string): SitemapEntry[] =>
  docs.flatMap((doc) => (doc.slug ? [{ path: href(doc.slug), lastModified: doc.updatedAt ?? undefined }] : []))

/** Entries without repeats of a path (a fixed page may also be a fixed path), first kept. */
function distinct(entries: SitemapEntry[]): SitemapEntry[] {
  const seen = new Set<string>()
  return entries.filter((entry) => !seen.has(entry.path) && Boolean(seen.add(entry.path)))
}

/** The `pages` part (pure): the fixed pages, then each house, project and fixed page. */
export const pageEntries = (sources: {
  houses: AddressFacts[]
  projects: AddressFacts[]
  pages: AddressFacts[]
}): SitemapEntry[] =>
  distinct([
    ...FIXED_PATHS.map((path) => ({ path })),
    ...withSlug(sources.houses, houseHref),
    ...withSlug(sources.projects, projectHref),
    ...withSlug(sources.pages, fixedPageHref),
  ])

/**
 * The `journal` part (pure): the journal, each issue, then each article at its issue's number, or
 * under « hors-numéro » without an issue; an article whose issue is not public is left out.
 */
export function journalEntries({
  issues,
  articles,
}: {
  issues: AddressFacts[]
  articles: AddressFacts[]
}): SitemapEntry[] {
  const issueNumbers = new Map(issues.map((issue) => [String(issue.id), issue.number]))
  return [
    { path: '/journal' },
    ...issues.flatMap((issue) =>
      issue.number ? [{ path: issueHref(issue.number), lastModified: issue.updatedAt ?? undefined }] : [],
    ),
    ...articles.flatMap((article) => {
      const issue = relationId(article.issue)
      const number = issue === null ? null : issueNumbers.get(String(issue))
      if (!article.slug || number === undefined) return []
      return [{ path: articleHref(number, article.slug), lastModified: article.updatedAt ?? undefined }]
    }),
  ]
}

/**
 * The `radio` part (pure): the radio, each show, then each episode under its show's slug; one whose
 * show is not public is left out.
 */
export function radioEntries({ shows, episodes }: { shows: AddressFacts[]; episodes: AddressFacts[] }): SitemapEntry[] {
  const showSlugs = new Map(shows.map((show) => [String(show.id), show.slug]))
  return [
    { path: '/radio' },
    ...withSlug(shows, showHref),
    ...episodes.flatMap((episode) => {
      const show = showSlugs.get(String(relationId(episode.show)))
      return show && episode.slug
        ? [{ path: episodeHref(show, episode.slug), lastModified: episode.updatedAt ?? undefined }]
        : []
    }),
  ]
}

/** An agenda part (pure): each of its events. */
export const eventEntries = (events: AddressFacts[]): SitemapEntry[] => withSlug(events, eventHref)

/** Turns a `sitemap` stream fed with `items` into its document. */
const documentOf = async <Item>(stream: Transform, items: Item[]): Promise<string> =>
  (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8')

/**
 * A part of the sitemap as an XML document (sitemaps.org protocol 0.9, written by the `sitemap`
 * library): absolute `loc` under `siteUrl`, escaped; `lastmod` as a W3C date and time.
 */
export const serialiseSitemap = (siteUrl: string, entries: SitemapEntry[]): Promise<string> =>
  documentOf(
    new SitemapStream({ xmlns: { news: false, xhtml: false, image: false, video: false } }),
    entries.map(({ path, lastModified }) => ({
      url: absoluteUrl(siteUrl, path),
      ...(lastModified ? { lastmod: new Date(lastModified).toISOString() } : {}),
    })),
  )

/** The sitemap index listing `parts` under `siteUrl` (sitemaps.org protocol 0.9). */
export const serialiseSitemapIndex = (siteUrl: string, parts: SitemapPart[]): Promise<string> =>
  documentOf(
    new SitemapIndexStream(),
    parts.map((part) => ({ url: absoluteUrl(siteUrl, sitemapPartPath(part)) })),
  )
