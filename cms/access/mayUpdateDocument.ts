import type { CollectionSlug, PayloadRequest } from 'payload'

/** A document of a collection, or a global, as a lock or another system record points at it. */
export type Target = { collection: string; id: number | string } | { global: string }

/**
 * Would the document's own update rule let this request change it? Runs that rule as Payload
 * would for an update by id; a query answer is checked against the stored document.
 */
export async function mayUpdateDocument(req: PayloadRequest, target: Target): Promise<boolean> {
  if ('global' in target) {
    const global = req.payload.config.globals.find((config) => config.slug === target.global)
    return Boolean(global && (await global.access.update?.({ req })))
  }
  const collection = req.payload.collections[target.collection as CollectionSlug]
  const rule = collection?.config.access.update
  if (!rule) return false
  const result = await rule({ req, id: target.id as Parameters<typeof rule>[0]['id'] })
  if (typeof result === 'boolean') return result
  const where = { and: [{ id: { equals: target.id } }, result] }
  return (await req.payload.count({ collection: collection.config.slug, where, req })).totalDocs > 0
}
