import { z } from 'zod'

import { Id } from '../../../schemas/content/common'
import type { DocumentVersion, KeptDocuments } from './keptDocuments'
import { among, type Query } from './queries'
import { readAll, type TagsOf } from './read'

const Version = z.object({ id: Id, updatedAt: z.string() })

/** Ids asked for in one read of changed documents: its address stays under 4 KB. */
const IDS_PER_READ = 500

/** The same documents in the same order, their id and last change only. */
function versionsQuery(query: Query): Query {
  const where = Object.entries(query).filter(([key]) => !/^(select|populate)\[/.test(key) && key !== 'depth')
  return { ...Object.fromEntries(where), 'select[id]': 'true', 'select[updatedAt]': 'true', depth: 0 }
}

/** The same fields and relations of the documents with these ids. */
function documentsQuery(query: Query, ids: readonly Id[]): Query {
  const shape = Object.entries(query).filter(([key]) => !key.startsWith('where[') && key !== 'sort')
  return { ...Object.fromEntries(shape), ...among(ids) }
}

/**
 * Every document matching `query`, as `readAll` reads them, reading in full only those `kept`
 * does not hold at their current version: first the ids and last changes of the matching
 * documents (in the query's order), then the others by id, `IDS_PER_READ` at a time. Access rules
 * apply to both reads, so a document no longer public drops out of the first. `query` is a
 * listing's: `where[…]` and `sort` choose the documents, `select`, `populate` and `depth` shape
 * them, and every read of one `kept` must shape them alike.
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
  const reads = await Promise.all(chunks.map((ids) => readAll(path, documentsQuery(query, ids), doc, tagsOf)))
  for (const read of reads.flat()) {
    kept.keep(read, generation, now)
    found.set(read.id, read)
  }
  // A document that stopped matching between the two reads is left out, as it would be a moment later.
  return versions.flatMap((version) => found.get(version.id) ?? [])
}
