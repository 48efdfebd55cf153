import type { z } from 'zod'

import { MAX_DOCUMENTS_PER_READ } from '../../../schemas/collectionReads'
import type { Id } from '../../../schemas/content/common'
import { AgendaEvent } from '../../../schemas/content/event'
import { HouseMention } from '../../../schemas/content/house'

/** The query strings of the site's REST reads (see `read.ts`), for Payload's REST API. */
export type Query = Record<string, string | number>

/**
 * Documents per request of a complete read. Each request costs the CMS about 13 ms beyond its
 * documents (routing, access, the count), so few large pages beat many small ones: a year of the
 * ten-year agenda (560 events) reads in one answer in about 200 ms, against 450 ms in pages of 100.
 * The most the CMS answers in one read of several at once.
 */
export const PAGE_SIZE = MAX_DOCUMENTS_PER_READ

/**
 * Payload's `select` of the top-level fields a document schema reads (`select[title]=true`…): the
 * CMS then neither reads nor populates the others (an article's body, with the images and links in
 * it, for a teaser). Nothing is lost: validation strips the fields a schema does not name.
 */
export const selectOf = (doc: z.ZodObject): Query =>
  Object.fromEntries(Object.keys(doc.shape).map((key) => [`select[${key}]`, 'true']))

/**
 * The fields of related documents the search index shows (`schemas/content/search.ts`): names and
 * addresses of houses, themes and neighbourhoods, an objective's statement, a project's title, an
 * issue's number, a show's title and address.
 */
export const SEARCH_POPULATED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  houses: ['name', 'slug', 'summary'],
  themes: ['name', 'slug'],
  neighbourhoods: ['name', 'slug'],
  objectives: ['statement'],
  projects: ['title'],
  'journal-issues': ['number'],
  shows: ['title', 'slug'],
}
const SEARCH_POPULATE: Query = Object.fromEntries(
  Object.entries(SEARCH_POPULATED_FIELDS).flatMap(([collection, fields]) =>
    fields.map((field) => [`populate[${collection}][${field}]`, 'true']),
  ),
)

/**
 * Documents per page of the search index's reads (an event as it reads it weighs about 2 KB). The
 * CMS holds a whole page and its JSON at once: on ten years of content, pages of 500 raised it from
 * about 210 to 510 MiB during a rebuild, pages of 100 to about 400 MiB, for a rebuild a few seconds
 * longer.
 */
const SEARCH_PAGE_SIZE = 100

/**
 * The search index's read of a collection, page by page in id order: only the fields its reader
 * `doc` names, with related documents reduced to what results show. Reading every field of ten
 * years of content at depth 1 kept the CMS busy for most of a minute at every rebuild.
 */
export const searchQuery = (doc: z.ZodObject): Query => ({
  sort: 'id',
  limit: SEARCH_PAGE_SIZE,
  depth: 1,
  ...selectOf(doc),
  ...SEARCH_POPULATE,
})

/**
 * Only the documents with these ids, as a condition at `where` (`where[and][9]` joins it to
 * others): Payload's `in` with the ids separated by commas (ids are numbers or ObjectIds), about 8
 * bytes of address per id where a parameter per id took 36.
 */
export const among = (ids: readonly Id[], where = 'where'): Query => ({ [`${where}[id][in]`]: ids.join(',') })

/**
 * The documents only, without the count of every matching one that Payload's pagination adds to a
 * read (`totalDocs` and `hasNextPage` then describe the answer alone), for reads that need no page
 * links: a small read (4 projects) took 7.5 ms of the CMS's processor instead of 10 (3 × 100 reads,
 * `/proc/<pid>/stat`, ten-year corpus). A complete read (`readAll`) keeps the count: it reads its
 * other pages at once from it, and on 559 events the difference was lost in the noise.
 */
export const uncounted: Query = { pagination: 'false' }

/** The one published document with this address, at depth 1. */
export const bySlug = (slug: string): Query => ({ 'where[slug][equals]': slug, limit: 1, depth: 1, ...uncounted })

/**
 * Episodes with their show, sound and what they are about (events, projects, articles and the
 * articles' issue numbers), populated with only the fields links need.
 */
export const episodeQuery: Query = {
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
/**
 * Events with their houses, themes and project populated with only what agenda rows, event pages
 * and calendars print (a house's name, logos and address, `HouseMention`; not its summary, hours,
 * texts or accessibility): the agenda and the iCalendar feed read hundreds of events at once, and
 * a house's summary was half the bytes of each.
 */
export const eventDepth: Query = {
  depth: 1,
  ...Object.fromEntries(
    [...Object.keys(HouseMention.shape), 'address'].map((field) => [`populate[houses][${field}]`, 'true']),
  ),
  'populate[themes][name]': 'true',
  'populate[themes][slug]': 'true',
  'populate[projects][title]': 'true',
  'populate[projects][slug]': 'true',
}
/**
 * The fields of an event that lists (agenda, month, house, home, calendar feeds) show: all but the
 * description and the image, which only its own page shows. The read of a year of events then
 * leaves out their rich text and populated pictures (about half of the bytes).
 */
export const listedEvent: Query = selectOf(AgendaEvent.omit({ description: true, image: true }))

/**
 * A bound above every real date. Saying it turns « ended at or after `from` » into a range closed on
 * both sides, which SQLite's query planner (with the statistics the CMS keeps, cms/db/oneWriter.ts)
 * estimates as narrow: it then reads the few events that end in the period through the index on
 * the last date, instead of every event that started before `to` (a 20-fold difference on ten years
 * of events).
 */
const NO_LAST_DATE_AFTER = '9999-12-31T00:00:00.000Z'

/**
 * Events that may have an occurrence in [from, to), as lists show them: they start before `to`,
 * and their last date (stored by the CMS at save; empty for an endless series) ends at or after
 * `from`.
 */
export const eventsIn = (from: Date, to: Date): Query => ({
  'where[and][0][start][less_than]': to.toISOString(),
  'where[and][1][or][0][and][0][lastDate][greater_than_equal]': from.toISOString(),
  'where[and][1][or][0][and][1][lastDate][less_than]': NO_LAST_DATE_AFTER,
  'where[and][1][or][1][lastDate][exists]': 'false',
  sort: 'start',
  ...eventDepth,
  ...listedEvent,
})

/**
 * Events one house takes part in, as `involvesHouse` (lib/agenda.ts) tells them: the whole
 * cooperation's, those it organises and those held in it. Joined to `eventsIn` (its third condition).
 */
export const involving = (house: Id): Query => ({
  'where[and][2][or][0][cooperation][equals]': 'true',
  'where[and][2][or][1][houses][in]': house,
  'where[and][2][or][2][venue.house][equals]': house,
})
