import type { Field, FieldHook, PayloadRequest } from 'payload'

import { COPY_OF_FIELD } from '../../../../schemas/fields/contributionCopy'
import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import { mediaInText } from '../../../hooks/mediaInText'

type Node = { type?: string; relationTo?: string; value?: unknown; children?: Node[] }
type Text = { root?: Node } | null | undefined

/** The ids (as strings) among `ids` of the Media documents that are copies of a resident's photo. */
async function copiesAmong(req: PayloadRequest, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await req.payload.find({
    collection: slugs.media,
    where: { and: [{ id: { in: ids } }, { [COPY_OF_FIELD]: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** Pure: `node` without the upload blocks of the Media documents `ids`, at any depth. */
export function withoutUploads(node: Node, ids: ReadonlySet<string>): Node {
  if (!node.children) return node
  const shows = (child: Node) =>
    child.type === 'upload' && child.relationTo === slugs.media && ids.has(String(relationId(child.value as never)))
  return {
    ...node,
    children: node.children.filter((child) => !shows(child)).map((child) => withoutUploads(child, ids)),
  }
}

const image: FieldHook = async ({ value, req }) => {
  const id = relationId(value as never)
  return id !== null && (await copiesAmong(req, [String(id)])).size > 0 ? null : value
}

const text: FieldHook = async ({ value, req }) => {
  const root = (value as Text)?.root
  if (!root) return value
  const copies = await copiesAmong(req, mediaInText(root))
  return copies.size > 0 ? { ...(value as object), root: withoutUploads(root, copies) } : value
}

const onDuplicate: Record<string, FieldHook> = { image, body: text, easyRead: text }

/**
 * Articles' fields, a duplicate leaving behind the copies of residents' photos its original shows
 * (its image, the upload blocks of its texts). The contributor agreed to their publication in the
 * article made from their contribution, and a copy is public exactly while the published version
 * of the last saved article showing it does (cms/hooks/releaseShownFiles.ts): carried by a draft
 * duplicate, a save of that draft withheld them from the original's page.
 */
export const leaveCopiesOnDuplicate = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (!('name' in field) || !(field.name in onDuplicate)) return field
    const hooks = (field as { hooks?: { beforeDuplicate?: FieldHook[] } }).hooks
    const beforeDuplicate = [...(hooks?.beforeDuplicate ?? []), onDuplicate[field.name]!]
    return { ...field, hooks: { ...hooks, beforeDuplicate } } as Field
  })
