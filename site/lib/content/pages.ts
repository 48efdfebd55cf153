import { FixedPage } from '../../../schemas/content/highlights'
import { archivePage, type Id, page } from '../../../schemas/content/common'
import { AddressFacts, EventStart } from '../../../schemas/content/addresses'
import { PublishedContribution } from '../../../schemas/content/contribution'
import { MovedDocument } from '../../../schemas/content/moved'
import { searchable, type SearchableCollection } from '../../../schemas/content/search'
import { slugs } from '../../../schemas/slugs'
import { among, bySlug, inYear, type Query, searchQuery, uncounted } from './queries'
import { oneOf, read, readAll, showing } from './read'

/** Reads across the site: fixed pages, moved addresses, the sitemap's and search index's, published contributions. */
export const pageReads = {
  /**
   * The current address of the published document of `collection` that answered to `slug` before
   * (its `previousSlugs`), among those `where` allows (an episode: those of its show), or null.
   * Tagged as the collection's listing, so a later change of address or an unpublication is seen
   * at once.
   */
  currentSlug: async (collection: string, slug: string, where: Query = {}) =>
    (
      await read(
        collection,
        { ...where, 'where[previousSlugs][equals]': slug, limit: 1, depth: 0, 'select[slug]': 'true', ...uncounted },
        page(MovedDocument),
        showing(collection),
      )
    ).docs[0]?.slug ?? null,
  fixedPage: async (slug: string) =>
    (await read(slugs.pages, bySlug(slug), page(FixedPage), oneOf(slugs.pages), { previewable: true })).docs[0] ?? null,
  /** The address facts of every public document of a collection (of those `where` allows), for the sitemap. */
  addresses: (collection: string, fields: readonly string[], where: Query = {}) =>
    readAll(
      collection,
      { ...where, depth: 0, ...Object.fromEntries(fields.map((field) => [`select[${field}]`, 'true'])) },
      AddressFacts,
      showing(collection),
    ),
  /** The address facts of the public events whose first date falls in `year` (UTC), for its sitemap part. */
  eventAddresses: (year: number) => pageReads.addresses(slugs.events, ['slug', 'updatedAt'], inYear(year)),
  /**
   * The years (UTC) of the first dates of public events, in order: the sitemap's agenda parts
   * (`lib/sitemap.ts`). The earliest and latest events give the first and last years, then one
   * event is asked of each year between: a few reads of one event each, however many events.
   */
  eventYears: async (): Promise<number[]> => {
    const startOf = async (where: Query, sort: 'start' | '-start') =>
      (
        await read(
          slugs.events,
          { ...where, sort, limit: 1, depth: 0, 'select[start]': 'true', ...uncounted },
          page(EventStart),
          showing(slugs.events),
        )
      ).docs[0]?.start
    const [earliest, latest] = await Promise.all([startOf({}, 'start'), startOf({}, '-start')])
    if (!earliest || !latest) return []
    const [first, last] = [new Date(earliest).getUTCFullYear(), new Date(latest).getUTCFullYear()]
    const between = Array.from({ length: Math.max(0, last - first - 1) }, (_, i) => first + 1 + i)
    const held = await Promise.all(between.map(async (year) => ((await startOf(inYear(year), 'start')) ? [year] : [])))
    return [...new Set([first, ...held.flat(), last])]
  },
  /**
   * Page `pageNumber` of the contributions moderation published, `limit` to a page, newest first
   * (the CMS's access rules show no other).
   */
  publishedContributionsPage: (pageNumber: number, limit: number) =>
    read(
      slugs.contributions,
      { 'where[status][equals]': 'published', sort: '-publishedAt', depth: 1, limit, page: pageNumber },
      archivePage(PublishedContribution),
      showing(slugs.contributions, slugs.neighbourhoods),
    ),
  /**
   * One page (`SEARCH_PAGE_SIZE` documents, `pageNumber` from 1) of a collection as the search index
   * reads it, of all its documents or of those with these `ids`: anonymous, so drafts, private
   * fields and documents no longer public never come back.
   */
  searchPage: <C extends SearchableCollection>(collection: C, pageNumber: number, ids?: readonly Id[]) =>
    read(
      collection,
      { ...searchQuery(searchable[collection]), ...(ids ? among(ids) : {}), page: pageNumber },
      page(searchable[collection]),
      showing(collection),
    ),
}
