import { z } from 'zod'

import { imageSizes } from '../../schemas/collections/media'
import { slugs } from '../../schemas/slugs'
import { sharedWork } from '../lib/sharedWork'
import { FilePermissionCache } from './permissionCache'

/**
 * What the CMS said about one file: readable by anonymous visitors (with its sniffed type), or not.
 * `cmsUnreachable`: the CMS could not be asked and never answered about this file, so nothing is
 * known (not served, but not « no such file » either).
 */
export type FilePermission = { readable: true; contentType: string } | { readable: false; cmsUnreachable?: true }

/** The answer about a file the CMS never answered for, while it cannot be reached. */
const UNKNOWN: FilePermission = { readable: false, cmsUnreachable: true }

export type PermissionCheck = (collection: string, filename: string) => Promise<FilePermission>

/** Whether the uploads folder holds this collection's file of that name. Errors: none thrown. */
export type FilePresence = (collection: string, filename: string) => Promise<boolean>

const Stored = z.object({ filename: z.string().nullish(), mimeType: z.string().nullish() })
const Owners = z.object({
  docs: z.array(Stored.extend({ sizes: z.record(z.string(), Stored.nullish()).nullish() })),
})

/** The query for the document that owns a file name: its original, or one of its image sizes. */
function ownerQuery(collection: string, filename: string): URLSearchParams {
  const fields = ['filename', ...(collection === slugs.media ? imageSizes.map((s) => `sizes.${s.name}.filename`) : [])]
  const query = new URLSearchParams({ limit: '1', depth: '0' })
  fields.forEach((field, i) => query.set(`where[or][${i}][${field}][equals]`, filename))
  return query
}

/**
 * Asks the CMS's REST API, as an anonymous visitor, for the document that owns this file name, so
 * that the read rule of that document decides (a file with no document, or a private one, is never
 * served) and the type served is the one the CMS sniffed from the bytes at upload. Answers are
 * remembered in `remembered` (the site passes the cache its invalidations empty: a minute at most),
 * and visitors asking at the same moment share one question. When the CMS cannot answer (no
 * connection, a 5xx, no answer within 3 s), the last answer it gave stands (it is asked again next
 * time); for a file it never answered for, the answer is « not readable, CMS unreachable »: nothing
 * is served on a guess, and the caller says « try again later » rather than « no such file ».
 * A name `present` says is not on the disk is not readable without a question, and that answer is
 * not remembered: a crawler asking for made-up names costs a look at the disk each, no question to
 * the CMS, and never pushes real files' answers out of `remembered`.
 * Errors: none thrown.
 */
export function cmsPermission(
  cmsUrl: string,
  fetchImpl: typeof fetch = fetch,
  remembered: FilePermissionCache = new FilePermissionCache(),
  present: FilePresence = async () => true,
): PermissionCheck {
  // The questions on their way to the CMS: many visitors asking for one file at once ask once.
  const asking = sharedWork<FilePermission>()
  return (collection, filename) => {
    const hit = remembered.get(collection, filename)
    if (hit) return Promise.resolve(hit)
    return asking(`${collection}/${filename}`, () => ask(collection, filename))
  }

  async function ask(collection: string, filename: string): Promise<FilePermission> {
    if (!(await present(collection, filename))) return { readable: false }
    // A CMS that cannot answer leaves the last answer standing, as the page cache serves its pages
    // then; a file never answered for is not served.
    let answer: FilePermission = remembered.last(collection, filename) ?? UNKNOWN
    try {
      const response = await fetchImpl(new URL(`/api/${collection}?${ownerQuery(collection, filename)}`, cmsUrl), {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(3000),
      })
      if (response.status >= 500) return answer
      answer = { readable: false }
      const owners = response.ok ? Owners.safeParse(await response.json()) : undefined
      const doc = owners?.success ? owners.data.docs[0] : undefined
      const stored =
        doc?.filename === filename ? doc : Object.values(doc?.sizes ?? {}).find((s) => s?.filename === filename)
      if (stored?.mimeType) answer = { readable: true, contentType: stored.mimeType }
    } catch {
      return answer
    }
    remembered.set(collection, filename, answer)
    return answer
  }
}
