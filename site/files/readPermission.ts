import { z } from 'zod'

import { imageSizes } from '../../schemas/collections/media'
import { slugs } from '../../schemas/slugs'
import { type FilePermissionCache, sharedFilePermissions } from './permissionCache'

/** What the CMS said about one file: readable by anonymous visitors (with its sniffed type), or not. */
export type FilePermission = { readable: true; contentType: string } | { readable: false }

export type PermissionCheck = (collection: string, filename: string) => Promise<FilePermission>

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
 * remembered in `remembered` (the process's shared cache by default) until the CMS's invalidation
 * of their collection arrives, a minute at most; a CMS that cannot answer means « no » for now
 * (nothing is served on a guess) and is asked again next time. Errors: none thrown.
 */
export function cmsPermission(
  cmsUrl: string,
  fetchImpl: typeof fetch = fetch,
  remembered: FilePermissionCache = sharedFilePermissions(),
): PermissionCheck {
  return async (collection, filename) => {
    const hit = remembered.get(collection, filename)
    if (hit) return hit
    let answer: FilePermission = { readable: false }
    try {
      const response = await fetchImpl(new URL(`/api/${collection}?${ownerQuery(collection, filename)}`, cmsUrl), {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(3000),
      })
      if (response.status >= 500) return answer
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
