import type {
  CollectionBeforeDeleteHook,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { refusal } from '../hooks/refusal'

/**
 * Set in `req.context` by the CMS's own deletions that must go through whatever uses the file: a
 * resident withdrawing a contribution (its copies leave), the seed emptying the database.
 */
export const DELETE_FILE_IN_USE = 'deleteFileInUse'

/** How the refusal names a file of each upload collection, and whether the noun is feminine. */
const FILE_NOUN: Record<string, { noun: string; feminine: boolean }> = {
  audio: { noun: 'ce son', feminine: false },
  media: { noun: 'cette image', feminine: true },
  documents: { noun: 'ce document', feminine: false },
}

/** At most this many titles are named in the refusal; the others are counted. */
const NAMED = 5

/** Where `fields` can point at a document of `slug`: the query paths of those upload and relationship fields. */
function pathsTo(slug: string, fields: FlattenedField[], prefix = ''): { path: string; polymorphic: boolean }[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if (field.type === 'upload' || field.type === 'relationship') {
      const { relationTo } = field
      if (relationTo === slug) return [{ path, polymorphic: false }]
      if (Array.isArray(relationTo) && (relationTo as string[]).includes(slug)) return [{ path, polymorphic: true }]
      return []
    }
    if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field)
      return pathsTo(slug, field.flattenedFields, `${path}.`)
    return []
  })
}

/** The values at `path` in `doc`, through groups and arrays. */
function valuesAt(doc: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [doc]
  if (Array.isArray(doc)) return doc.flatMap((item) => valuesAt(item, path))
  if (typeof doc !== 'object' || doc === null) return []
  return valuesAt((doc as Record<string, unknown>)[path[0]!], path.slice(1))
}

const refersTo = (value: unknown, slug: string, id: number | string): boolean => {
  if (Array.isArray(value)) return value.some((item) => refersTo(item, slug, id))
  if (typeof value === 'object' && value !== null) {
    const relation = value as { relationTo?: unknown; value?: unknown; id?: unknown }
    if ('relationTo' in relation) return relation.relationTo === slug && refersTo(relation.value, slug, id)
    return String(relation.id) === String(id)
  }
  return value !== null && value !== undefined && String(value) === String(id)
}

const label = (collection: SanitizedCollectionConfig): string => {
  const plural = collection.labels?.plural
  return typeof plural === 'string' ? plural : collection.slug
}

/** The published documents and the globals that use file `id` of `slug`, as « Épisodes « Titre » » lines. */
async function usesOf(
  req: PayloadRequest,
  slug: string,
  id: number | string,
): Promise<{ count: number; names: string[] }> {
  const { payload } = req
  let count = 0
  const names: string[] = []
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    const paths = pathsTo(slug, collection.flattenedFields)
    if (paths.length === 0) continue
    const uses: Where[] = paths.map(({ path, polymorphic }) =>
      polymorphic
        ? { and: [{ [`${path}.relationTo`]: { equals: slug } }, { [`${path}.value`]: { equals: id } }] }
        : { [path]: { equals: id } },
    )
    const published: Where[] = collection.versions?.drafts ? [{ _status: { equals: 'published' } }] : []
    const titleField = collection.admin?.useAsTitle ?? 'id'
    const found = await payload.find({
      collection: collection.slug,
      where: { and: [{ or: uses }, ...published] },
      depth: 0,
      limit: NAMED,
      overrideAccess: true,
      pagination: true,
      req,
    })
    if (found.totalDocs === 0) continue
    count += found.totalDocs
    const titles = found.docs.map(
      (doc) => `« ${String((doc as unknown as Record<string, unknown>)[titleField] ?? doc.id)} »`,
    )
    const more = found.totalDocs - titles.length
    names.push(`${label(collection)} ${titles.join(', ')}${more > 0 ? ` et ${more} autre${more > 1 ? 's' : ''}` : ''}`)
  }
  for (const global of payload.config.globals) {
    const paths = pathsTo(slug, global.flattenedFields)
    if (paths.length === 0) continue
    const doc = await payload.findGlobal({ slug: global.slug, depth: 0, overrideAccess: true, req })
    if (!paths.some(({ path }) => valuesAt(doc, path.split('.')).some((value) => refersTo(value, slug, id)))) continue
    count += 1
    names.push(typeof global.label === 'string' ? global.label : global.slug)
  }
  return { count, names }
}

/**
 * Refuses to delete an upload (a sound, an image, a PDF) while a published document or a global
 * uses it: the database would only empty the reference, and the episodes of a deleted sound left
 * the feed and the site without a word. The refusal names what uses it, so staff can remove it
 * there first. Drafts do not hold a file back.
 */
export const refuseDeletingUsedFile: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (req.context[DELETE_FILE_IN_USE]) return
  const { count, names } = await usesOf(req, collection.slug, id)
  if (count === 0) return
  const { noun, feminine } = FILE_NOUN[collection.slug] ?? { noun: 'ce fichier', feminine: false }
  const what = count === 1 ? 'un contenu publié' : `${count} contenus publiés`
  const [pronoun, used, object] = feminine ? ['elle', 'utilisée', 'la'] : ['il', 'utilisé', 'le']
  throw refusal(
    'file-in-use',
    `Impossible de supprimer ${noun}, ${pronoun} est ${used} par ${what} (${names.join(' ; ')}). ` +
      `Retirez-${object} d’abord de ${count === 1 ? 'ce contenu' : 'ces contenus'}.`,
    409,
    { uses: count },
  )
}
