import type { z } from 'zod'

import { documentTag, listingTag } from '../../schemas/cache-tags'
import { AgendaEvent } from '../../schemas/content/event'
import { ArticleTeaser, EpisodeTeaser, FixedPage, IssueTeaser } from '../../schemas/content/highlights'
import { House, HouseSummary } from '../../schemas/content/house'
import { Identity, Navigation, Settings } from '../../schemas/content/identity'
import { type Id, page } from '../../schemas/content/common'
import { searchable, type SearchableCollection } from '../../schemas/content/search'
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
  fixedPage: async (slug: string) =>
    (await read(slugs.pages, bySlug(slug), page(FixedPage), oneOf(slugs.pages))).docs[0] ?? null,

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
