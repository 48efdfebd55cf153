import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { describeFiles } from '../../cms/operator/manifest'

/** What a hub holds, in a form two hubs can be compared by: documents and files per collection. */
export type ContentDigest = {
  documents: Record<string, { count: number; sha256: string }>
  versions: Record<string, number>
  files: { path: string; sha256: string }[]
}

/**
 * Reads every document of every collection (hidden fields included, sorted by id) and every file
 * under `mediaDir`, and sums them up: two hubs with the same digest hold the same content.
 */
export async function contentDigest(payload: Payload, mediaDir: string): Promise<ContentDigest> {
  const digest: ContentDigest = { documents: {}, versions: {}, files: [] }
  for (const collection of payload.config.collections) {
    const { docs } = await payload.find({
      collection: collection.slug,
      pagination: false,
      depth: 0,
      sort: 'id',
      overrideAccess: true,
      showHiddenFields: true,
      draft: true,
    })
    digest.documents[collection.slug] = {
      count: docs.length,
      sha256: createHash('sha256').update(JSON.stringify(docs)).digest('hex'),
    }
    if (collection.versions)
      digest.versions[collection.slug] = (
        await payload.countVersions({ collection: collection.slug, overrideAccess: true })
      ).totalDocs
  }
  digest.files = (await describeFiles(mediaDir)).map(({ path, sha256 }) => ({ path, sha256 }))
  return digest
}
