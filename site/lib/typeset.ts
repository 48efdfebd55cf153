import { frenchSpacing } from './format'

/** Fields of text typed by staff that the site prints: titles, summaries and plain descriptions. */
const TYPED_FIELDS = new Set(['title', 'summary', 'description'])

const isTextNode = (node: Record<string, unknown>): boolean => node.type === 'text' && typeof node.text === 'string'

function walk(value: unknown, field: string | undefined): unknown {
  if (typeof value === 'string') return field !== undefined && TYPED_FIELDS.has(field) ? frenchSpacing(value) : value
  if (Array.isArray(value)) return value.map((item) => walk(item, undefined))
  if (value === null || typeof value !== 'object') return value
  const node = value as Record<string, unknown>
  const textNode = isTextNode(node)
  return Object.fromEntries(
    Object.entries(node).map(([key, inner]) => [
      key,
      textNode && key === 'text' ? frenchSpacing(inner as string) : walk(inner, key),
    ]),
  )
}

/**
 * CMS content with French spacing (`frenchSpacing`) applied to what people typed and the site
 * prints: every string field named `title`, `summary` or `description`, at any depth (populated
 * relations included), and the text of every Lexical rich-text text node (`{ type: 'text', text }`).
 * Links' addresses, slugs, names and every other field are returned unchanged. Pure: returns a
 * copy, the input is not modified. Applied once, where the site reads the CMS (`lib/content/read.ts`).
 */
export const typeset = <T>(content: T): T => walk(content, undefined) as T
