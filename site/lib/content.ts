import type { z } from 'zod'

import { documentTag, listingTag } from '../../schemas/cache-tags'
import { AgendaEvent } from '../../schemas/content/event'
import { ArticleTeaser, EpisodeTeaser, FixedPage, IssueTeaser } from '../../schemas/content/highlights'
import { GoalAction, Objective, Purpose } from '../../schemas/content/goalTree'
import { House, HouseSummary } from '../../schemas/content/house'
import { Article, Issue } from '../../schemas/content/journal'
import { Partner, Project } from '../../schemas/content/project'
import { Identity, Navigation, Settings } from '../../schemas/content/identity'
import { type Id, page } from '../../schemas/content/common'
import { AddressFacts } from '../../schemas/content/addresses'
import { PublishedContribution } from '../../schemas/content/contribution'
import { globalSlugs, slugs } from '../../schemas/slugs'
import { cmsTimeLeft } from './deadline'
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
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(cmsTimeLeft()) })
  } catch (error) {
    throw new CmsUnavailableError(`CMS unreachable at ${url.origin}: ${String(error)}`)
  }
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
  return parsed.data
}

/**
 * Every document of a listing, page after page (100 a page): a listing never stops silently at a
 * fixed limit. Each page is one `read`, so each tags the page being rendered.
 */
async function readAll<T extends z.ZodType>(
  path: string,
  query: Query,
  schema: T,
  tagsOf: TagsOf<z.output<ReturnType<typeof page<T>>>>,
): Promise<z.output<T>[]> {
  const all: z.output<T>[] = []
  for (let pageNumber = 1; ; pageNumber += 1) {
    const answer = await read(path, { ...query, limit: 100, page: pageNumber }, page(schema), tagsOf)
    all.push(...(answer.docs as z.output<T>[]))
    if (!answer.hasNextPage) return all
  }
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
}
