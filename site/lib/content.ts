import pLimit from 'p-limit'
import type { z } from 'zod'

import { documentTag, listingTag } from '../../schemas/cache-tags'
import { AgendaEvent, Term } from '../../schemas/content/event'
import { ArticleTeaser, EpisodeTeaser, FixedPage, IssueTeaser } from '../../schemas/content/highlights'
import { GoalAction, Objective, Purpose } from '../../schemas/content/goalTree'
import { House, HouseSummary } from '../../schemas/content/house'
import { Article, Issue } from '../../schemas/content/journal'
import { Partner, Project, ProjectTeaser } from '../../schemas/content/project'
import { Identity, Navigation, Settings } from '../../schemas/content/identity'
import { archivePage, type Id, page } from '../../schemas/content/common'
import { AddressFacts } from '../../schemas/content/addresses'
import { PublishedContribution } from '../../schemas/content/contribution'
import { FeedArticle, FeedIssue } from '../../schemas/content/journalFeed'
import { Episode, Show, tolerantPage } from '../../schemas/content/radio'
import { MovedDocument } from '../../schemas/content/moved'
import { searchable, type SearchableCollection } from '../../schemas/content/search'
import { globalSlugs, slugs } from '../../schemas/slugs'
import { cmsTimeLeft } from './deadline'
import { siteEnv } from './env'
import { PreviewRefusedError, previewTokenFor } from './preview'
import { tagRead } from './readTags'
import { typeset } from './typeset'
import { PREVIEW_TOKEN_HEADER } from '../../schemas/preview'
import {
  bySlug,
  episodeQuery,
  eventDepth,
  eventsIn,
  listedEvent,
  PAGE_SIZE,
  type Query,
  selectOf,
} from './contentQueries'

/**
 * The site's one door to the CMS: REST reads as an anonymous visitor (so the CMS's access rules
 * decide what is public), each answer validated before any page sees it.
 */
export class CmsUnavailableError extends Error {}

/**
 * The cache tags of what a read returned (`schemas/cache-tags.ts`): the listing tag of every
 * collection or global it shows, populated relations included, or one document's own tag.
 */
type TagsOf<T> = (data: T) => string[]

/** A read that shows these collections or globals, whatever it returned. */
const showing =
  (...collections: string[]) =>
  (): string[] =>
    collections.map(listingTag)

/**
 * A read of one document by its address, which also shows the `related` collections: tagged as
 * that document or, when no document has the address yet, as its collection's listing (so a
 * document published later under that address replaces the 404).
 */
const oneOf =
  (collection: string, ...related: string[]) =>
  ({ docs }: { docs: { id: Id }[] }): string[] => [
    docs[0] ? documentTag(collection, docs[0].id) : listingTag(collection),
    ...related.map(listingTag),
  ]

/**
 * One REST read. A read of one document by its address (`previewable`) made while rendering a
 * preview of that collection goes to the CMS's preview endpoint instead, which answers the same
 * with the previewed document in its latest draft (`lib/preview.ts`).
 */
async function read<T extends z.ZodType>(
  path: string,
  query: Query,
  schema: T,
  tagsOf: TagsOf<z.output<T>>,
  { previewable = false } = {},
): Promise<z.output<T>> {
  const previewToken = previewable ? previewTokenFor(path) : null
  const url = new URL(previewToken ? `/api/preview/${path}` : `/api/${path}`, siteEnv().CMS_URL)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value))
  const headers: Record<string, string> = { accept: 'application/json' }
  if (previewToken) headers[PREVIEW_TOKEN_HEADER] = previewToken
  let response: Response
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(cmsTimeLeft()) })
  } catch (error) {
    throw new CmsUnavailableError(`CMS unreachable at ${url.origin}: ${String(error)}`)
  }
  if (previewToken && (response.status === 403 || response.status === 410))
    throw new PreviewRefusedError(response.status === 410)
  if (!response.ok) throw new CmsUnavailableError(`CMS answered ${response.status} for ${url.pathname}`)
  let body: unknown
  try {
    // The deadline's signal also covers the body: a CMS that stalls mid-answer is unavailable too.
    body = await response.json()
  } catch (error) {
    throw new CmsUnavailableError(`CMS answer unreadable for ${url.pathname}: ${String(error)}`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new CmsUnavailableError(`Unexpected CMS data for ${url.pathname}: ${parsed.error.message}`)
  tagRead(tagsOf(parsed.data))
  // French spacing of what staff typed, once for every page, feed and index that prints it.
  return typeset(parsed.data)
}

/** A complete read that needs more pages than this is a fault to fix, not a listing to cut short. */
const MAX_PAGES = 10

/**
 * Pages of one complete read asked of the CMS at once, after the first: it answers them one by one
 * anyway, but the site reads and checks each answer while the CMS prepares the next.
 */
const PAGES_AT_ONCE = 4

/**
 * Every document matching `query`: the first page says how many there are, then the other pages
 * are read, a few at a time. Listings and feeds are complete, never cut at a fixed limit. Past
 * MAX_PAGES pages it fails loudly (the page becomes the 503 notice and the log names the read)
 * instead of showing an agenda with silent holes. Documents that do not validate are left out,
 * with a warning: one bad document never breaks a whole listing or feed.
 */
async function readAll<T extends z.ZodType>(
  path: string,
  query: Query,
  doc: T,
  tagsOf: TagsOf<{ docs: z.output<T>[] }>,
): Promise<z.output<T>[]> {
  const readPage = async (pageNumber: number) => {
    const answer = await read(path, { ...query, limit: PAGE_SIZE, page: pageNumber }, tolerantPage(doc), tagsOf)
    if (answer.skipped) console.warn(`[site] ${answer.skipped} invalid document(s) left out of ${path}`)
    return answer
  }
  const first = await readPage(1)
  const pages = Math.ceil(first.totalDocs / PAGE_SIZE)
  if (pages > MAX_PAGES)
    throw new CmsUnavailableError(`Read of ${path} needs more than ${MAX_PAGES * PAGE_SIZE} documents; narrow it`)
  const limit = pLimit(PAGES_AT_ONCE)
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => limit(() => readPage(i + 2))))
  return [first, ...rest].flatMap((answer) => answer.docs)
}

const showingEvents = showing(slugs.events, slugs.houses, slugs.themes, slugs.media)

const showingEpisodes = showing(
  slugs.episodes,
  slugs.shows,
  slugs.audio,
  slugs.events,
  slugs.projects,
  slugs.articles,
  slugs.journalIssues,
)

export const content = {
  identity: () =>
    read(`globals/${globalSlugs.identity}`, { depth: 1 }, Identity, showing(globalSlugs.identity, slugs.media)),
  navigation: () =>
    read(`globals/${globalSlugs.navigation}`, { depth: 0 }, Navigation, showing(globalSlugs.navigation)),
  settings: () => read(`globals/${globalSlugs.settings}`, { depth: 0 }, Settings, showing(globalSlugs.settings)),

  houses: async () =>
    (
      await read(
        slugs.houses,
        { sort: 'name', limit: 20, depth: 1, ...selectOf(HouseSummary) },
        page(HouseSummary),
        showing(slugs.houses, slugs.media),
      )
    ).docs,
  themes: async () =>
    (await read(slugs.themes, { sort: 'name', limit: 100, depth: 0 }, page(Term), showing(slugs.themes))).docs,
  house: async (slug: string) =>
    (await read(slugs.houses, bySlug(slug), page(House), oneOf(slugs.houses, slugs.media), { previewable: true }))
      .docs[0] ?? null,

  /**
   * Every event that may have an occurrence in [from, to): it starts before `to`, and its last
   * date (stored by the CMS at save; empty for an endless series) ends at or after `from`. Read
   * page by page, so nothing is cut off silently; see `readAll`.
   */
  eventsBetween: (from: Date, to: Date) => readAll(slugs.events, eventsIn(from, to), AgendaEvent, showingEvents),
  /** The events of one project that may have an occurrence in [from, to), as `eventsBetween`. */
  projectEventsBetween: (projectId: Id, from: Date, to: Date) =>
    readAll(
      slugs.events,
      { ...eventsIn(from, to), 'where[and][2][project][equals]': projectId },
      AgendaEvent,
      showingEvents,
    ),
  /** One page (1-based) of the events whose last date ended before `before`, the latest first. */
  pastEvents: (before: Date, pageNumber: number, limit: number) =>
    read(
      slugs.events,
      {
        'where[lastDate][less_than]': before.toISOString(),
        sort: '-lastDate',
        limit,
        page: pageNumber,
        ...eventDepth,
        ...listedEvent,
      },
      archivePage(AgendaEvent),
      showingEvents,
    ),
  event: async (slug: string) =>
    (
      await read(
        slugs.events,
        { ...bySlug(slug), ...eventDepth },
        page(AgendaEvent),
        oneOf(slugs.events, slugs.houses, slugs.themes, slugs.media, slugs.projects),
        { previewable: true },
      )
    ).docs[0] ?? null,

  latestArticles: async (limit: number) =>
    (
      await read(
        slugs.articles,
        { sort: '-publishedAt', limit, depth: 1, ...selectOf(ArticleTeaser) },
        page(ArticleTeaser),
        showing(slugs.articles, slugs.media),
      )
    ).docs,
  latestIssue: async () =>
    (
      await read(
        slugs.journalIssues,
        { sort: '-number', limit: 1, depth: 1, ...selectOf(IssueTeaser) },
        page(IssueTeaser),
        showing(slugs.journalIssues, slugs.media, slugs.documents),
      )
    ).docs[0] ?? null,
  latestEpisodes: async (limit: number) =>
    (
      await read(
        slugs.episodes,
        { sort: '-publishedAt', limit, depth: 1, ...selectOf(EpisodeTeaser) },
        page(EpisodeTeaser),
        showing(slugs.episodes, slugs.shows, slugs.audio),
      )
    ).docs,
  /** Every published show, by title. */
  shows: () => readAll(slugs.shows, { sort: 'title', depth: 1 }, Show, showing(slugs.shows, slugs.media)),
  show: async (slug: string) =>
    (await read(slugs.shows, bySlug(slug), tolerantPage(Show), oneOf(slugs.shows, slugs.media), { previewable: true }))
      .docs[0] ?? null,
  /** The `limit` newest published episodes of all shows, as `episodes` gives them. */
  newestEpisodes: async (limit: number) =>
    (await read(slugs.episodes, { ...episodeQuery, limit }, tolerantPage(Episode), showingEpisodes)).docs,
  /** Every published episode of one show (or of all shows), newest first. */
  episodes: (showId?: Id) =>
    readAll(
      slugs.episodes,
      showId === undefined ? episodeQuery : { ...episodeQuery, 'where[show][equals]': showId },
      Episode,
      showingEpisodes,
    ),
  episode: async (showId: Id, slug: string) =>
    (
      await read(
        slugs.episodes,
        { ...episodeQuery, 'where[slug][equals]': slug, 'where[show][equals]': showId, limit: 1 },
        tolerantPage(Episode),
        showingEpisodes,
        { previewable: true },
      )
    ).docs[0] ?? null,
  /** Episodes about one event, project or article: the other side of an episode's « À propos de ». */
  episodesAbout: (collection: 'events' | 'projects' | 'articles', id: Id) =>
    readAll(
      slugs.episodes,
      { ...episodeQuery, 'where[about.relationTo][equals]': collection, 'where[about.value][equals]': id },
      Episode,
      showingEpisodes,
    ),
  /**
   * The `limit` latest journal issues by publication date, newest first, for the feed. Numbers do
   * not follow dates (a special issue, a late number), and the feed is about what is new.
   */
  journalIssuesForFeed: async (limit: number) =>
    (
      await read(
        slugs.journalIssues,
        { sort: '-date', depth: 1, limit },
        tolerantPage(FeedIssue),
        showing(slugs.journalIssues, slugs.documents),
      )
    ).docs,
  /** The `limit` latest published articles, for the feed. */
  articlesForFeed: async (limit: number) =>
    (
      await read(
        slugs.articles,
        { sort: '-publishedAt', depth: 1, limit, 'populate[journal-issues][number]': 'true' },
        tolerantPage(FeedArticle),
        showing(slugs.articles, slugs.journalIssues),
      )
    ).docs,
  /**
   * The current address of the published document of `collection` that answered to `slug` before
   * (its `previousSlugs`), or null. Tagged as the collection's listing, so a later change of
   * address or an unpublication is seen at once.
   */
  currentSlug: async (collection: string, slug: string) =>
    (
      await read(
        collection,
        { 'where[previousSlugs][equals]': slug, limit: 1, depth: 0, 'select[slug]': 'true' },
        page(MovedDocument),
        showing(collection),
      )
    ).docs[0]?.slug ?? null,
  fixedPage: async (slug: string) =>
    (await read(slugs.pages, bySlug(slug), page(FixedPage), oneOf(slugs.pages), { previewable: true })).docs[0] ?? null,

  /** Every published project as lists show it, by title. */
  projectTeasers: () =>
    readAll(
      slugs.projects,
      { sort: 'title', depth: 1, ...selectOf(ProjectTeaser) },
      ProjectTeaser,
      showing(slugs.projects, slugs.media),
    ),
  projects: () =>
    readAll(
      slugs.projects,
      { sort: 'title', depth: 1 },
      Project,
      showing(slugs.projects, slugs.houses, slugs.partners, slugs.themes, slugs.media),
    ),
  project: async (slug: string) =>
    (
      await read(
        slugs.projects,
        bySlug(slug),
        page(Project),
        oneOf(slugs.projects, slugs.houses, slugs.partners, slugs.themes, slugs.media),
        { previewable: true },
      )
    ).docs[0] ?? null,
  partners: () => readAll(slugs.partners, { sort: 'name', depth: 1 }, Partner, showing(slugs.partners, slugs.media)),

  /** The goal tree's three levels, each in its order; relations stay ids and are joined by `lib/goalTree.ts`. */
  goalTree: async () => {
    const [purposes, objectives, actions] = await Promise.all([
      readAll(slugs.purposes, { sort: 'order', depth: 0 }, Purpose, showing(slugs.purposes)),
      readAll(slugs.objectives, { sort: 'order', depth: 0 }, Objective, showing(slugs.objectives)),
      readAll(slugs.actions, { sort: 'order', depth: 1 }, GoalAction, showing(slugs.actions, slugs.projects)),
    ])
    return { purposes, objectives, actions }
  },

  issues: () =>
    readAll(
      slugs.journalIssues,
      { sort: '-number', depth: 1 },
      Issue,
      showing(slugs.journalIssues, slugs.media, slugs.documents),
    ),
  issue: async (number: number) =>
    (
      await read(
        slugs.journalIssues,
        { 'where[number][equals]': number, limit: 1, depth: 1 },
        page(Issue),
        oneOf(slugs.journalIssues, slugs.media, slugs.documents, slugs.articles),
        { previewable: true },
      )
    ).docs[0] ?? null,
  /** The online articles of one issue (`null`: the articles published outside any issue). */
  issueArticles: (issueId: Id | null) =>
    readAll(
      slugs.articles,
      issueId === null
        ? { 'where[issue][exists]': 'false', sort: '-publishedAt', depth: 1 }
        : { 'where[issue][equals]': issueId, sort: '-publishedAt', depth: 1 },
      ArticleTeaser,
      showing(slugs.articles, slugs.media),
    ),
  article: async (slug: string) =>
    (
      await read(
        slugs.articles,
        bySlug(slug),
        page(Article),
        oneOf(slugs.articles, slugs.journalIssues, slugs.media, slugs.themes, slugs.neighbourhoods),
        { previewable: true },
      )
    ).docs[0] ?? null,

  /** The address facts of every public document of a collection, for the sitemap. */
  addresses: (collection: string, fields: readonly string[]) =>
    readAll(
      collection,
      { depth: 0, ...Object.fromEntries(fields.map((field) => [`select[${field}]`, 'true'])) },
      AddressFacts,
      showing(collection),
    ),

  /** Contributions moderation published, newest first (the CMS's access rules show no other). */
  publishedContributions: () =>
    readAll(
      slugs.contributions,
      { 'where[status][equals]': 'published', sort: '-publishedAt', depth: 1 },
      PublishedContribution,
      showing(slugs.contributions, slugs.neighbourhoods),
    ),
  /**
   * One page (100 documents, `pageNumber` from 1) of a collection as the search index reads it:
   * anonymous, so drafts and private fields never come back.
   */
  searchPage: <C extends SearchableCollection>(collection: C, pageNumber: number) =>
    read(
      collection,
      { sort: 'id', limit: 100, page: pageNumber, depth: 1 },
      page(searchable[collection]),
      showing(collection),
    ),
}
