import pLimit from 'p-limit'
import type { z } from 'zod'

import { documentTag, listingTag } from '../../../schemas/cache-tags'
import { type Id, tolerantPage } from '../../../schemas/content/common'
import type { ReadAnswer } from '../../../schemas/collectionReads'
import { FRAME_PATH } from '../../../schemas/content/frame'
import { PREVIEW_TOKEN_HEADER } from '../../../schemas/preview'
import { slugs } from '../../../schemas/slugs'
import { cmsTimeLeft } from '../deadline'
import { siteEnv } from '../env'
import { PreviewRefusedError, previewTokenFor } from '../preview'
import { tagRead } from '../readTags'
import { typeset } from '../typeset'
import { PAGE_SIZE, type Query } from './queries'
import { readTogether } from './readBatch'

/**
 * The site's one door to the CMS: REST reads as an anonymous visitor (so the CMS's access rules
 * decide what is public), each answer validated before any page sees it. The reads themselves, by
 * domain, are in this folder's other files; `index.ts` gathers them as `content`.
 */

/** The CMS could not be reached, did not answer in time, or answered what the site cannot use. */
export class CmsUnavailableError extends Error {}

/**
 * The cache tags of what a read returned (`schemas/cache-tags.ts`): the listing tag of every
 * collection or global it shows, populated relations included, or one document's own tag.
 */
export type TagsOf<T> = (data: T) => string[]

/** A read that shows these collections or globals, whatever it returned. */
export const showing =
  (...collections: string[]) =>
  (): string[] =>
    collections.map(listingTag)

/**
 * A read of one document by its address, which also shows the `related` collections: tagged as
 * that document or, when no document has the address yet, as its collection's listing (so a
 * document published later under that address replaces the 404).
 */
export const oneOf =
  (collection: string, ...related: string[]) =>
  ({ docs }: { docs: { id: Id }[] }): string[] => [
    docs[0] ? documentTag(collection, docs[0].id) : listingTag(collection),
    ...related.map(listingTag),
  ]

/**
 * What is asked together with the other reads started at once (`readBatch.ts`): any collection,
 * and the frame, which a page's reads then no longer wait for.
 */
const READ_TOGETHER: ReadonlySet<string> = new Set([...Object.values(slugs), FRAME_PATH])

/**
 * One GET of the CMS's REST API on its own: a read of a document in preview (with the preview
 * token).
 * @throws CmsUnavailableError when the CMS cannot be reached or answers no 2xx JSON in time
 * @throws PreviewRefusedError when the CMS refuses the preview token
 */
async function readAlone(url: URL, previewToken: string | null): Promise<unknown> {
  // Uncompressed: the CMS is on the same machine or network, where gzip only costs both processes
  // time (10–25 ms of the CMS's processor for a 1.2 MB answer of 500 events).
  const headers: Record<string, string> = { accept: 'application/json', 'accept-encoding': 'identity' }
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
  try {
    // The deadline's signal also covers the body: a CMS that stalls mid-answer is unavailable too.
    return await response.json()
  } catch (error) {
    throw new CmsUnavailableError(`CMS answer unreadable for ${url.pathname}: ${String(error)}`)
  }
}

/**
 * One read of a collection or of the frame, asked together with the others the page starts at once
 * (`readBatch.ts`).
 * @throws CmsUnavailableError when the request fails, times out or this read is refused
 */
async function readWithOthers(collection: string, url: URL): Promise<unknown> {
  let answer: ReadAnswer
  try {
    answer = await readTogether(`${collection}${url.search}`, cmsTimeLeft())
  } catch (error) {
    throw new CmsUnavailableError(`CMS read failed for ${url.pathname}: ${String(error)}`)
  }
  if (answer.status !== 200) throw new CmsUnavailableError(`CMS answered ${answer.status} for ${url.pathname}`)
  return answer.body
}

/**
 * One REST read. A read of one document by its address (`previewable`) made while rendering a
 * preview of that collection goes to the CMS's preview endpoint instead, which answers the same
 * with the previewed document in its latest draft (`lib/preview.ts`).
 */
export async function read<T extends z.ZodType>(
  path: string,
  query: Query,
  schema: T,
  tagsOf: TagsOf<z.output<T>>,
  { previewable = false } = {},
): Promise<z.output<T>> {
  const previewToken = previewable ? previewTokenFor(path) : null
  const url = new URL(previewToken ? `/api/preview/${path}` : `/api/${path}`, siteEnv().CMS_URL)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value))
  const body =
    !previewToken && READ_TOGETHER.has(path) ? await readWithOthers(path, url) : await readAlone(url, previewToken)
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new CmsUnavailableError(`Unexpected CMS data for ${url.pathname}: ${parsed.error.message}`)
  const skipped = (parsed.data as { skipped?: unknown } | null)?.skipped
  if (typeof skipped === 'number' && skipped > 0)
    console.warn(`[site] ${skipped} invalid document(s) left out of ${url.pathname}`)
  tagRead(tagsOf(parsed.data))
  // French spacing of what staff typed, once for every page, feed and index that prints it.
  return typeset(parsed.data)
}

/** A complete read that needs more pages than this is a fault to fix, not a listing to cut short. */
const MAX_PAGES = 10

/**
 * Pages of one complete read asked of the CMS at once, after the first: they go in one request
 * (`readBatch.ts`), and a complete read of ten pages takes three requests after its first.
 */
export const PAGES_AT_ONCE = 4

/**
 * Every document matching `query`: the first page says how many there are, then the other pages
 * are read, a few at a time. Listings and feeds are complete, never cut at a fixed limit. Past
 * MAX_PAGES pages it fails loudly (the page becomes the 503 notice and the log names the read)
 * instead of showing an agenda with silent holes. Documents that do not validate are left out,
 * with a warning: one bad document never breaks a whole listing or feed.
 */
export async function readAll<T extends z.ZodType>(
  path: string,
  query: Query,
  doc: T,
  tagsOf: TagsOf<{ docs: z.output<T>[] }>,
): Promise<z.output<T>[]> {
  const readPage = (pageNumber: number) =>
    read(path, { ...query, limit: PAGE_SIZE, page: pageNumber }, tolerantPage(doc), tagsOf)
  const first = await readPage(1)
  const pages = Math.ceil(first.totalDocs / PAGE_SIZE)
  if (pages > MAX_PAGES)
    throw new CmsUnavailableError(`Read of ${path} needs more than ${MAX_PAGES * PAGE_SIZE} documents; narrow it`)
  const limit = pLimit(PAGES_AT_ONCE)
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => limit(() => readPage(i + 2))))
  return [first, ...rest].flatMap((answer) => answer.docs)
}
