import { FixedPage } from '../../../schemas/content/highlights'
import { archivePage, type Id, page } from '../../../schemas/content/common'
import { AddressFacts } from '../../../schemas/content/addresses'
import { PublishedContribution } from '../../../schemas/content/contribution'
import { MovedDocument } from '../../../schemas/content/moved'
import { searchable, type SearchableCollection } from '../../../schemas/content/search'
import { slugs } from '../../../schemas/slugs'
import { among, bySlug, type Query, searchQuery, uncounted } from './queries'
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
  /**
   * Page `partNumber` (from 1) of the public events' address facts, `perPart` to a page, in order of
   * their first date (then of id, so that pages never share one), with the count of public events:
   * the sitemap's agenda parts and their number (`lib/sitemap.ts`). Counted: without pagination,
   * the MongoDB adapter would ignore the page.
   */
  eventAddresses: (partNumber: number, perPart: number) =>
    read(
      slugs.events,
      {
        sort: 'start,id',
        limit: perPart,
        page: partNumber,
        depth: 0,
        'select[slug]': 'true',
        'select[updatedAt]': 'true',
      },
      archivePage(AddressFacts),
      showing(slugs.events),
    ),
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
