import { relationId } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'

type Node = { type?: string; relationTo?: string; value?: unknown; children?: Node[] }

/** The ids (as strings) of the Media documents shown as upload blocks anywhere in a Lexical value. */
export function mediaInText(node: Node | null | undefined, found: string[] = []): string[] {
  if (!node || typeof node !== 'object') return found
  if (node.type === 'upload' && node.relationTo === slugs.media) {
    const id = relationId(node.value as never)
    if (id !== null) found.push(String(id))
  }
  for (const child of node.children ?? []) mediaInText(child, found)
  return found
}
