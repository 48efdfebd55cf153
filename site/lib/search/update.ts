import type { Id } from '../../../schemas/content/common'
import { slugs } from '../../../schemas/slugs'
import {
  INDEX_DEPENDS_ON,
  SEARCHED_COLLECTIONS,
  type SearchCorpus,
  type SearchedCollection,
  type SearchRecord,
} from './records'

/**
 * Collections whose names or addresses appear in other documents' records: a house's name in its
 * events', a theme's or a neighbourhood's name, an objective's statement and a project's title in
 * actions', an issue's number in its articles' addresses, a show's title and address in its
 * episodes'. A change to one of them can change records the change does not name.
 */
const SHOWN_IN_OTHERS: ReadonlySet<string> = new Set([
  slugs.houses,
  slugs.themes,
  slugs.neighbourhoods,
  slugs.objectives,
  slugs.projects,
  slugs.journalIssues,
  slugs.shows,
])

/**
 * What the index must read again after these invalidated cache tags: everything, or only some
 * documents, by collection. The CMS names each changed document (`events:12`) next to its
 * collection's listing tag (`events`); a listing tag alone says something changed without saying
 * what, so it asks for everything, as does a change to a collection `SHOWN_IN_OTHERS`. Tags of
 * collections the index does not show are ignored.
 */
export type SearchUpdate = { everything: true } | { everything: false; documents: Map<SearchedCollection, Id[]> }

/** The update these invalidated cache tags (`collection` or `collection:id`, `schemas/cache-tags.ts`) ask for. */
export function planSearchUpdate(tags: Iterable<string>): SearchUpdate {
  const documents = new Map<SearchedCollection, Id[]>()
  const listings = new Set<string>()
  for (const tag of tags) {
    const separator = tag.indexOf(':')
    const collection = separator === -1 ? tag : tag.slice(0, separator)
    if (!INDEX_DEPENDS_ON.includes(collection)) continue
    if (SHOWN_IN_OTHERS.has(collection)) return { everything: true }
    if (separator === -1) {
      listings.add(collection)
      continue
    }
    const searched = collection as SearchedCollection
    const raw = tag.slice(separator + 1)
    const id = /^\d+$/.test(raw) ? Number(raw) : raw
    const ids = documents.get(searched) ?? []
    if (!ids.includes(id)) ids.push(id)
    documents.set(searched, ids)
  }
  for (const collection of listings) {
    if (!documents.has(collection as SearchedCollection)) return { everything: true }
  }
  return { everything: false, documents }
}

const collectionOf = (source: string): string => source.slice(0, source.indexOf(':'))

/**
 * `corpus` with the records of the `changed` documents (their sources, `collection:id`) replaced
 * by those of `fresh`, built from the ones still public: a changed document keeps its place, one no
 * longer public loses its record, a new one comes after the others of its collection, as in a
 * complete build. Houses come from `corpus` (a change to a house rebuilds everything); themes are
 * those the records use, named as in `fresh` first (pure).
 */
export function replaceDocuments(
  corpus: SearchCorpus,
  changed: ReadonlySet<string>,
  fresh: SearchCorpus,
  builtAt: Date,
): SearchCorpus {
  const unplaced = new Map(fresh.records.map((record) => [record.source, record]))
  const place = (record: SearchRecord): SearchRecord[] => {
    if (!changed.has(record.source)) return [record]
    const replacement = unplaced.get(record.source)
    unplaced.delete(record.source)
    return replacement ? [replacement] : []
  }
  const rank = new Map<string, number>(SEARCHED_COLLECTIONS.map((collection, index) => [collection, index]))
  // A stable sort: the records in place keep their order, the new ones follow their collection's.
  const records = [...corpus.records.flatMap(place), ...unplaced.values()].sort(
    (a, b) => rank.get(collectionOf(a.source))! - rank.get(collectionOf(b.source))!,
  )
  const used = new Set(records.flatMap((record) => record.themes))
  const names = new Map([...corpus.themes, ...fresh.themes].map((term) => [term.slug, term.name]))
  return {
    builtAt: builtAt.toISOString(),
    records,
    houses: corpus.houses,
    themes: [...names]
      .filter(([slug]) => used.has(slug))
      .map(([slug, name]) => ({ slug, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  }
}
