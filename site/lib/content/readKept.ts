import pLimit from 'p-limit'
import { z } from 'zod'

import { Id } from '../../../schemas/content/common'

import { type DocumentVersion, frozen, type KeptDocuments } from './keptDocuments'
import { among, type Query } from './queries'
import { PAGES_AT_ONCE, readAll, type TagsOf } from './read'

const Version = z.object({ id: Id, updatedAt: z.string() })

/** Ids asked for in one read of changed documents: about 8 bytes of address each, 4 KB in all. */
const IDS_PER_READ = 500

/** An index of `where[and]` free in listing queries: the ids join their conditions there. */
const IDS_CONDITION = 9

/** The same documents in the same order, their id and last change only. */
function versionsQuery(query: Query): Query {
  const where = Object.entries(query).filter(([key]) => !/^(select|populate)\[/.test(key) && key !== 'depth')
  return { ...Object.fromEntries(where), 'select[id]': 'true', 'select[updatedAt]': 'true', depth: 0 }
}

/**
 * The same documents, fields and relations, of those with these ids: a document changed since the
 * first read so that it no longer matches (its dates moved) stays out.
 */
function documentsQuery(query: Query, ids: readonly Id[]): Query {
  const conditionsAndShape = Object.entries(query).filter(([key]) => key !== 'sort')
  return { ...Object.fromEntries(conditionsAndShape), ...among(ids, `where[and][${IDS_CONDITION}]`) }
}

/**
 * Every document matching `query`, as `readAll` reads them, reading in full only those `kept`
 * does not hold at their current version: first the ids and last changes of the matching
 * documents (in the query's order), then the others by id, `IDS_PER_READ` at a time. When `kept`
 * holds nothing, the documents are read at once, as `readAll` does. Access rules
 * apply to both reads, so a document no longer public drops out. `query` is a listing's: its
 * conditions are `where[and][…]` (index 9 free), `sort` orders the documents, `select`,
 * `populate` and `depth` shape them, and every read of one `kept` must shape them alike. The
 * documents returned are frozen.
 * @throws CmsUnavailableError as `readAll`
 */
export async function readAllKept<T extends z.ZodType<DocumentVersion>>(
  path: string,
  query: Query,
  doc: T,
  tagsOf: TagsOf<{ docs: unknown[] }>,
  kept: KeptDocuments<z.output<T>>,
): Promise<z.output<T>[]> {
  const generation = kept.generation
  // Nothing kept (a start, or a change to a related collection dropped everything): one read of
  // the documents themselves, without first asking which ones changed.
  if (kept.size === 0) {
    const docs = await readAll(path, query, doc, tagsOf)
    const now = Date.now()
    return docs.map((read) => {
      kept.keep(read, generation, now)
      return frozen(read)
    })
  }
  const versions = await readAll(path, versionsQuery(query), Version, tagsOf)
  const now = Date.now()
  const found = new Map<Id, z.output<T>>()
  const changed: Id[] = []
  for (const version of versions) {
    const known = kept.get(version, now)
    if (known) found.set(version.id, known)
    else changed.push(version.id)
  }
  const chunks = Array.from({ length: Math.ceil(changed.length / IDS_PER_READ) }, (_, i) =>
    changed.slice(i * IDS_PER_READ, (i + 1) * IDS_PER_READ),
  )
  const limit = pLimit(PAGES_AT_ONCE)
  const reads = await Promise.all(
    chunks.map((ids) => limit(() => readAll(path, documentsQuery(query, ids), doc, tagsOf))),
  )
  for (const read of reads.flat()) {
    kept.keep(read, generation, now)
    // Frozen even when not kept (a drop came during the read): pages get the same kind of document.
    found.set(read.id, frozen(read))
  }
  // A document that stopped matching between the two reads is left out, as it would be a moment later.
  return versions.flatMap((version) => found.get(version.id) ?? [])
}
