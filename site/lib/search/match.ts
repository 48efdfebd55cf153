import type { SearchCorpus, SearchKind, SearchRecord } from './records'

/**
 * The search without JavaScript: the same records as the Pagefind index, matched on the server.
 * Words are compared without case or accents, after a light French plural/feminine trim, and a
 * query word matches the words it begins ("jardin" finds "jardins" and "jardinage"). Every query
 * word must match. Pagefind's ranking is finer; this one ranks a title match above a text match.
 */

export type SearchFilters = { kind?: SearchKind; house?: string; theme?: string }
/** A piece of an excerpt: text, and whether it is one of the words searched for. */
export type ExcerptPart = { text: string; hit: boolean }
export type SearchHit = { record: SearchRecord; excerpt: ExcerptPart[] }
export type SearchAnswer = { total: number; hits: SearchHit[] }

/** Words too common to narrow anything down. */
const STOP_WORDS = new Set(
  'a au aux avec ce ces dans de des du en et la le les leur l d un une ou par pour qu que qui sa se ses son sur ta te un vos votre'.split(
    ' ',
  ),
)

const WORD = /[\p{L}\p{N}]+/gu
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
const trim = (word: string) => (word.length > 4 ? word.replace(/(?:es|s|x|e)$/, '') : word)
const key = (word: string) => trim(fold(word))

/** The words of a query as they are compared; empty when it has none worth searching. */
export const queryTerms = (query: string): string[] => [
  ...new Set(
    (query.match(WORD) ?? [])
      .map(fold)
      .filter((word) => !STOP_WORDS.has(word))
      .map(trim),
  ),
]

const EXCERPT_WORDS = 28

function excerpt(text: string, terms: string[]): ExcerptPart[] {
  const tokens = [...text.matchAll(WORD)]
  const isHit = (token: string) => {
    const k = key(token)
    return terms.some((term) => k.startsWith(term))
  }
  const first = Math.max(
    0,
    tokens.findIndex((token) => isHit(token[0])),
  )
  const start = Math.max(0, first - 8)
  const window = tokens.slice(start, start + EXCERPT_WORDS)
  if (window.length === 0) return []
  const parts: ExcerptPart[] = []
  let cursor = window[0]!.index
  if (start > 0) parts.push({ text: '… ', hit: false })
  for (const token of window) {
    if (token.index > cursor) parts.push({ text: text.slice(cursor, token.index), hit: false })
    parts.push({ text: token[0], hit: isHit(token[0]) })
    cursor = token.index + token[0].length
  }
  if (start + EXCERPT_WORDS < tokens.length) parts.push({ text: ' …', hit: false })
  return parts
}

/**
 * Records matching every word of `query` and the filters, best first (title matches, then text
 * matches, then the most recent), at most `limit` of them; `total` counts them all. A query with
 * no word worth searching lists what the filters keep, most recent first, if any filter is set.
 */
export function searchRecords(
  corpus: SearchCorpus,
  query: string,
  filters: SearchFilters,
  limit: number,
): SearchAnswer {
  const terms = queryTerms(query)
  const filtered = corpus.records.filter(
    (record) =>
      (!filters.kind || record.kind === filters.kind) &&
      (!filters.house || record.houses.includes(filters.house)) &&
      (!filters.theme || record.themes.includes(filters.theme)),
  )
  const anyFilter = Boolean(filters.kind || filters.house || filters.theme)
  if (terms.length === 0 && !anyFilter) return { total: 0, hits: [] }
  const scored: { record: SearchRecord; score: number }[] = []
  for (const record of filtered) {
    if (terms.length === 0) {
      scored.push({ record, score: 0 })
      continue
    }
    const title = (record.title.match(WORD) ?? []).map(key)
    const words = (record.content.match(WORD) ?? []).map(key)
    let score = 0
    let all = true
    for (const term of terms) {
      const inTitle = title.filter((word) => word.startsWith(term)).length
      const inText = words.filter((word) => word.startsWith(term)).length
      if (inText === 0) {
        all = false
        break
      }
      score += inTitle * 10 + Math.min(inText, 20)
    }
    if (all) scored.push({ record, score })
  }
  scored.sort((a, b) => b.score - a.score || (b.record.date ?? '').localeCompare(a.record.date ?? ''))
  return {
    total: scored.length,
    hits: scored.slice(0, limit).map(({ record }) => ({
      record,
      excerpt: terms.length
        ? excerpt(record.content.slice(record.title.length).trim() || record.title, terms)
        : [{ text: record.summary, hit: false }],
    })),
  }
}
