import { frenchSpacing } from './format'

/** Fields of text typed by staff that the site prints: titles, summaries and plain descriptions. */
const TYPED_FIELDS = new Set(['title', 'summary', 'description'])

const isTextNode = (node: Record<string, unknown>): boolean => node.type === 'text' && typeof node.text === 'string'

/**
 * `value` spaced, sharing every part that needs no change: an object or array is copied only when
 * something inside it changes. The agenda's read of two months of events is about 400 KB of JSON
 * in which a few dozen strings change; copying all of it took a tenth of the page's render.
 */
function walk(value: unknown, field: string | undefined): unknown {
  if (typeof value === 'string') return field !== undefined && TYPED_FIELDS.has(field) ? frenchSpacing(value) : value
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    value.forEach((item: unknown, index) => {
      const spaced = walk(item, undefined)
      if (spaced !== item) (copy ??= [...value])[index] = spaced
    })
    return copy ?? value
  }
  if (value === null || typeof value !== 'object') return value
  const node = value as Record<string, unknown>
  const textNode = isTextNode(node)
  let copy: Record<string, unknown> | undefined
  for (const [key, inner] of Object.entries(node)) {
    const spaced = textNode && key === 'text' ? frenchSpacing(inner as string) : walk(inner, key)
    if (spaced !== inner) (copy ??= { ...node })[key] = spaced
  }
  return copy ?? node
}

/**
 * CMS content with French spacing (`frenchSpacing`) applied to what people typed and the site
 * prints: every string field named `title`, `summary` or `description`, at any depth (populated
 * relations included), and the text of every Lexical rich-text text node (`{ type: 'text', text }`).
 * Links' addresses, slugs, names and every other field are returned unchanged. Pure: the input is
 * not modified; the result shares the parts of it that needed no change. Applied once, where the
 * site reads the CMS (`lib/content/read.ts`).
 */
export const typeset = <T>(content: T): T => walk(content, undefined) as T
