import type { z } from 'zod'

import { documentTag, listingTag } from '../../schemas/cache-tags'
import { AgendaEvent } from '../../schemas/content/event'
import { ArticleTeaser, EpisodeTeaser, FixedPage, IssueTeaser } from '../../schemas/content/highlights'
import { House, HouseSummary } from '../../schemas/content/house'
import { Identity, Navigation, Settings } from '../../schemas/content/identity'
import { page } from '../../schemas/content/common'
import { globalSlugs, slugs } from '../../schemas/slugs'
import { siteEnv } from './env'

/**
 * The site's one door to the CMS: REST reads as an anonymous visitor (so the CMS's access rules
 * decide what is public), each answer validated before any page sees it.
 */
export class CmsUnavailableError extends Error {}

type Query = Record<string, string | number>

async function read<T extends z.ZodType>(path: string, query: Query, schema: T): Promise<z.output<T>> {
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
  return parsed.data
}

const bySlug = (slug: string): Query => ({ 'where[slug][equals]': slug, limit: 1, depth: 1 })

/** The tags of a page that shows these collections and documents. */
export const tagsFor = (collections: string[], documents: [string, number | string][] = []): string[] => [
  ...collections.map(listingTag),
  ...documents.map(([collection, id]) => documentTag(collection, id)),
]

export const chromeTags = [globalSlugs.identity, globalSlugs.navigation, globalSlugs.settings, slugs.houses]

export const content = {
  identity: () => read(`globals/${globalSlugs.identity}`, { depth: 1 }, Identity),
  navigation: () => read(`globals/${globalSlugs.navigation}`, { depth: 0 }, Navigation),
  settings: () => read(`globals/${globalSlugs.settings}`, { depth: 0 }, Settings),

  houses: async () => (await read(slugs.houses, { sort: 'name', limit: 20, depth: 1 }, page(HouseSummary))).docs,
  house: async (slug: string) => (await read(slugs.houses, bySlug(slug), page(House))).docs[0] ?? null,

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
      )
    ).docs,
  event: async (slug: string) => (await read(slugs.events, bySlug(slug), page(AgendaEvent))).docs[0] ?? null,

  latestArticles: async (limit: number) =>
    (await read(slugs.articles, { sort: '-publishedAt', limit, depth: 1 }, page(ArticleTeaser))).docs,
  latestIssue: async () =>
    (await read(slugs.journalIssues, { sort: '-number', limit: 1, depth: 1 }, page(IssueTeaser))).docs[0] ?? null,
  latestEpisodes: async (limit: number) =>
    (await read(slugs.episodes, { sort: '-publishedAt', limit, depth: 1 }, page(EpisodeTeaser))).docs,
  fixedPage: async (slug: string) => (await read(slugs.pages, bySlug(slug), page(FixedPage))).docs[0] ?? null,
}
