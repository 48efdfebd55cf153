import type { z } from 'zod'

import { documentTag, listingTag } from '../../schemas/cache-tags'
import { AgendaEvent } from '../../schemas/content/event'
import { ArticleTeaser, EpisodeTeaser, FixedPage, IssueTeaser } from '../../schemas/content/highlights'
import { House, HouseSummary } from '../../schemas/content/house'
import { Identity, Navigation, Settings } from '../../schemas/content/identity'
import { type Id, page } from '../../schemas/content/common'
import { FeedArticle, FeedIssue } from '../../schemas/content/journalFeed'
import { Episode, Show, tolerantPage } from '../../schemas/content/radio'
import { globalSlugs, slugs } from '../../schemas/slugs'
import { siteEnv } from './env'
import { tagRead } from './readTags'

/**
 * The site's one door to the CMS: REST reads as an anonymous visitor (so the CMS's access rules
 * decide what is public), each answer validated before any page sees it.
 */
export class CmsUnavailableError extends Error {}

type Query = Record<string, string | number>

const bySlug = (slug: string): Query => ({ 'where[slug][equals]': slug, limit: 1, depth: 1 })

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

async function read<T extends z.ZodType>(
  path: string,
  query: Query,
  schema: T,
  tagsOf: TagsOf<z.output<T>>,
): Promise<z.output<T>> {
  const url = new URL(`/api/${path}`, siteEnv().CMS_URL)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value))
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(8000) })
  } catch (error) {
    throw new CmsUnavailableError(`CMS unreachable at ${url.origin}: ${String(error)}`)
  }
  if (!response.ok) throw new CmsUnavailableError(`CMS answered ${response.status} for ${url.pathname}`)
  const parsed = schema.safeParse(await response.json())
  if (!parsed.success) throw new CmsUnavailableError(`Unexpected CMS data for ${url.pathname}: ${parsed.error.message}`)
  tagRead(tagsOf(parsed.data))
  return parsed.data
}

/**
 * Every page of a listing, read 100 at a time until the CMS says there is no more: feeds are
 * complete archives, never cut at a fixed limit. Documents that do not validate are left out.
 */
async function readAll<T extends z.ZodType>(
  path: string,
  query: Query,
  doc: T,
  tagsOf: () => string[],
): Promise<z.output<T>[]> {
  const docs: z.output<T>[] = []
  for (let pageNumber = 1; ; pageNumber++) {
    const answer = await read(path, { ...query, limit: 100, page: pageNumber }, tolerantPage(doc), tagsOf)
    docs.push(...answer.docs)
    if (answer.skipped) console.warn(`[site] ${answer.skipped} invalid document(s) left out of ${path}`)
    if (!answer.hasNextPage) return docs
  }
}

/**
 * Episodes with their show, sound and what they are about (events, projects, articles and the
 * articles' issue numbers), populated with only the fields links need.
 */
const episodeQuery: Query = {
  depth: 2,
  sort: '-publishedAt',
  'populate[shows][title]': 'true',
  'populate[shows][slug]': 'true',
  'populate[events][title]': 'true',
  'populate[events][slug]': 'true',
  'populate[projects][title]': 'true',
  'populate[projects][slug]': 'true',
  'populate[articles][title]': 'true',
  'populate[articles][slug]': 'true',
  'populate[articles][issue]': 'true',
  'populate[journal-issues][number]': 'true',
  'populate[houses][name]': 'true',
}
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
        { sort: 'name', limit: 20, depth: 1 },
        page(HouseSummary),
        showing(slugs.houses, slugs.media),
      )
    ).docs,
  house: async (slug: string) =>
    (await read(slugs.houses, bySlug(slug), page(House), oneOf(slugs.houses, slugs.media))).docs[0] ?? null,

  /** Events that may have an occurrence in [from, to): they start before `to` and end or repeat after `from`. */
  eventsBetween: async (from: Date, to: Date) =>
    (
      await read(
        slugs.events,
        {
          'where[and][0][start][less_than]': to.toISOString(),
          'where[and][1][or][0][recurrence.frequency][not_equals]': 'none',
          'where[and][1][or][1][start][greater_than_equal]': new Date(from.getTime() - 86_400_000).toISOString(),
          'where[and][1][or][2][end][greater_than_equal]': from.toISOString(),
          sort: 'start',
          limit: 500,
          depth: 1,
        },
        page(AgendaEvent),
        showing(slugs.events, slugs.houses, slugs.themes, slugs.media),
      )
    ).docs,
  event: async (slug: string) =>
    (
      await read(
        slugs.events,
        bySlug(slug),
        page(AgendaEvent),
        oneOf(slugs.events, slugs.houses, slugs.themes, slugs.media),
      )
    ).docs[0] ?? null,

  latestArticles: async (limit: number) =>
    (
      await read(
        slugs.articles,
        { sort: '-publishedAt', limit, depth: 1 },
        page(ArticleTeaser),
        showing(slugs.articles, slugs.media),
      )
    ).docs,
  latestIssue: async () =>
    (
      await read(
        slugs.journalIssues,
        { sort: '-number', limit: 1, depth: 1 },
        page(IssueTeaser),
        showing(slugs.journalIssues, slugs.media, slugs.documents),
      )
    ).docs[0] ?? null,
  latestEpisodes: async (limit: number) =>
    (
      await read(
        slugs.episodes,
        { sort: '-publishedAt', limit, depth: 1 },
        page(EpisodeTeaser),
        showing(slugs.episodes, slugs.shows, slugs.audio),
      )
    ).docs,
  /** Every published show, by title. */
  shows: () => readAll(slugs.shows, { sort: 'title', depth: 1 }, Show, showing(slugs.shows, slugs.media)),
  show: async (slug: string) =>
    (await read(slugs.shows, bySlug(slug), tolerantPage(Show), oneOf(slugs.shows, slugs.media))).docs[0] ?? null,
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
  /** Every issue of the journal and every published article, for its RSS feed. */
  journalIssuesForFeed: () =>
    readAll(
      slugs.journalIssues,
      { sort: '-number', depth: 1 },
      FeedIssue,
      showing(slugs.journalIssues, slugs.documents),
    ),
  articlesForFeed: () =>
    readAll(
      slugs.articles,
      { sort: '-publishedAt', depth: 1, 'populate[journal-issues][number]': 'true' },
      FeedArticle,
      showing(slugs.articles, slugs.journalIssues),
    ),
  fixedPage: async (slug: string) =>
    (await read(slugs.pages, bySlug(slug), page(FixedPage), oneOf(slugs.pages))).docs[0] ?? null,
}
