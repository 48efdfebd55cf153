import type { SearchableCollection } from '../../../schemas/content/search'
import { SEARCH_POPULATED_FIELDS } from '../content/queries'
import { INDEX_DEPENDS_ON, SEARCHED_COLLECTIONS, type SearchCorpus, type SearchRecord } from './records'

/**
 * Collections whose fields appear in other documents' records, as the index's reads populate them
 * (a house's name in its events' records, an issue's number in its articles' addresses…): a
 * change to one of them can change records the change does not name.
 */
const SHOWN_IN_OTHERS: ReadonlySet<string> = new Set(Object.keys(SEARCH_POPULATED_FIELDS))

/**
 * What the index must read again after some invalidated cache tags: everything, or only some
 * documents, by collection, with their ids as the tags spell them (a SQLite number or a MongoDB
 * ObjectId, both as text). The CMS names each changed document (`events:12`) next to its
 * collection's listing tag (`events`); a listing tag alone says something changed without saying
 * what, so it asks for everything, as does a change to a collection `SHOWN_IN_OTHERS`. Tags of
 * collections the index does not show are ignored.
 */
export type SearchUpdate = { everything: true } | { everything: false; documents: Map<SearchableCollection, string[]> }

/** The update these invalidated cache tags (`collection` or `collection:id`, `schemas/cache-tags.ts`) ask for. */
export function planSearchUpdate(tags: Iterable<string>): SearchUpdate {
  const documents = new Map<SearchableCollection, string[]>()
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
    const ids = documents.get(collection as SearchableCollection) ?? []
    const id = tag.slice(separator + 1)
    if (!ids.includes(id)) ids.push(id)
    documents.set(collection as SearchableCollection, ids)
  }
  for (const collection of listings) {
    if (!documents.has(collection as SearchableCollection)) return { everything: true }
  }
  return { everything: false, documents }
}

const RANK = new Map<string, number>(SEARCHED_COLLECTIONS.map((collection, index) => [collection, index]))

/**
 * The order of a complete build, from two records' sources (`collection:id`): collections in
 * `SEARCHED_COLLECTIONS` order, then ids as the CMS sorts them (numbers by value, ObjectIds, of
 * one length, as text).
 */
function bySource(a: SearchRecord, b: SearchRecord): number {
  const [collectionA, idA] = a.source.split(':') as [string, string]
  const [collectionB, idB] = b.source.split(':') as [string, string]
  const numeric = /^\d+$/.test(idA) && /^\d+$/.test(idB) && idA.length < 16 && idB.length < 16
  return (
    RANK.get(collectionA)! - RANK.get(collectionB)! ||
    (numeric ? Number(idA) - Number(idB) : idA < idB ? -1 : idA > idB ? 1 : 0)
  )
}

/**
 * `corpus` with the records of the `changed` documents (their sources, `collection:id`) replaced
 * by those of `fresh`, built from the ones still public: one no longer public loses its record, and
 * every record is where a complete build would put it. Houses come from `corpus` (a change to a
 * house reads everything); themes are those the records use, named as in `fresh` first (pure).
 */
export function replaceSearchRecords(
  corpus: SearchCorpus,
  changed: ReadonlySet<string>,
  fresh: SearchCorpus,
  builtAt: Date,
): SearchCorpus {
  // The kept records are in order already: merging the few fresh ones in costs one pass, where
  // sorting ten years of records again took 40–70 ms of the site's thread at each update.
  const kept = corpus.records.filter((record) => !changed.has(record.source))
  const added = [...fresh.records].sort(bySource)
  const records: SearchRecord[] = []
  for (let k = 0, a = 0; k < kept.length || a < added.length;) {
    const takeKept = a === added.length || (k < kept.length && bySource(kept[k]!, added[a]!) <= 0)
    records.push(takeKept ? kept[k++]! : added[a++]!)
  }
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

/**
 * Whether the `fresh` records of the `changed` documents (their sources, `collection:id`) differ
 * from those `corpus` holds for them: a document gained, lost or changed a record. A publication
 * that changed nothing search shows (a picture, a price, a registration link) then needs no new
 * index, and Pagefind, which writes its whole bundle again at each build, is not run: about 20 s
 * of its processor time for one event on ten years of content, during which pages rendered about
 * half as fast again on two cores. Records are compared as JSON: both come from the same builder
 * (`buildSearchCorpus`), with their fields in the same order (pure).
 */
export function changesSearchContent(corpus: SearchCorpus, changed: ReadonlySet<string>, fresh: SearchCorpus): boolean {
  const before = new Map(
    corpus.records.filter((record) => changed.has(record.source)).map((record) => [record.source, record]),
  )
  return (
    before.size !== fresh.records.length ||
    fresh.records.some((record) => JSON.stringify(record) !== JSON.stringify(before.get(record.source)))
  )
}
