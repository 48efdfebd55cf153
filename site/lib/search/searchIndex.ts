import { access } from 'node:fs/promises'
import path from 'node:path'

import { documentTag } from '../../../schemas/cache-tags'
import type { SearchableCollection } from '../../../schemas/content/search'
import { content } from '../content'
import { debouncedTask } from './debounce'
import { BUNDLES_FILE, currentBuild, searchIndexDir } from './indexDir'
import { publishSearchBuild, readSearchCorpus } from './indexStore'
import {
  buildSearchCorpus,
  indexDependsOn,
  joinSearchCorpora,
  partOfSources,
  SEARCHED_COLLECTIONS,
  type SearchCorpus,
} from './records'
import { changesSearchContent, planSearchUpdate, replaceSearchRecords } from './update'

/** Quiet time after the last publication before the index is rebuilt, and the longest wait. */
const DELAY_MS = Number(process.env.SEARCH_REBUILD_DELAY_MS ?? 2000)
const MAX_WAIT_MS = 15_000
/**
 * Rest after an update, as a multiple of its duration: a complete rebuild reads every public
 * document (tens of seconds of the CMS's time on ten years of content), so updates get at most a
 * quarter of the time however often staff publish; pages rendered meanwhile keep the rest.
 */
const REST_FACTOR = Number(process.env.SEARCH_REBUILD_REST_FACTOR ?? 3)
/** After a failed update (CMS down), when to try again first, and at the latest. */
const RETRY_MS = 5_000
const MAX_RETRY_MS = 5 * 60_000
/** Documents named in one read of changed documents (the size of the CMS's search pages). */
const IDS_PER_READ = 100

/**
 * The longest time between two complete reads when every change named its documents: the first
 * update after the site starts reads everything, and so does the first one a day after the last
 * complete read, so that a change the site was never told of (made while it was down) comes into
 * search at the next publication, a day later at most. The first update also replaces an index
 * written before records named their documents.
 */
const COMPLETE_READ_EVERY_MS = 24 * 60 * 60 * 1000

let corpus: SearchCorpus | null | undefined
let started = false
let lastCompleteRead = Number.NEGATIVE_INFINITY
let retryMs = RETRY_MS
/** What the next update must read again: everything, or the documents these invalidated tags name. */
let asked = { everything: false, tags: new Set<string>() }

/**
 * The records of the public documents of the searched collections, all of them or those of
 * `documents` (ids by collection), read as an anonymous visitor page after page; each page is
 * turned into records at once and let go.
 */
async function readCorpus(
  builtAt: Date,
  documents?: ReadonlyMap<SearchableCollection, readonly string[]>,
): Promise<SearchCorpus> {
  const parts: SearchCorpus[] = []
  const readPages = async (collection: SearchableCollection, ids?: readonly string[]) => {
    for (let pageNumber = 1; ; pageNumber += 1) {
      const answer = await content.searchPage(collection, pageNumber, ids)
      parts.push(buildSearchCorpus(partOfSources(collection, answer.docs as never), builtAt))
      if (!answer.hasNextPage) break
    }
  }
  for (const collection of SEARCHED_COLLECTIONS) {
    if (!documents) {
      await readPages(collection)
      continue
    }
    // A few ids per read: each is a query parameter, and a request's head has a bounded size.
    const ids = documents.get(collection) ?? []
    for (let start = 0; start < ids.length; start += IDS_PER_READ) {
      await readPages(collection, ids.slice(start, start + IDS_PER_READ))
    }
  }
  return joinSearchCorpora(parts, builtAt)
}

/**
 * The next index and how it was made: the previous index with the changed documents read again, or
 * every document read again (`complete`); null when the request names nothing search shows, or
 * when the documents it names, read again, show the same in search (`changesSearchContent`).
 */
async function nextCorpus(
  request: typeof asked,
): Promise<{ built: SearchCorpus; complete: boolean; changed: number } | null> {
  const builtAt = new Date()
  const plan = planSearchUpdate(request.tags)
  const readEverything = async () => ({ built: await readCorpus(builtAt), complete: true, changed: 0 })
  if (request.everything || plan.everything || Date.now() - lastCompleteRead > COMPLETE_READ_EVERY_MS) {
    return readEverything()
  }
  // Loaded (tens of MB from disk after a restart) only for an update that uses it.
  const previous = await currentSearchCorpus()
  if (!previous) return readEverything()
  if (plan.documents.size === 0) return null
  const changed = new Set(
    [...plan.documents].flatMap(([collection, ids]) => ids.map((id) => documentTag(collection, id))),
  )
  const fresh = await readCorpus(builtAt, plan.documents)
  if (!changesSearchContent(previous, changed, fresh)) {
    console.log(`[site] INFO search index unchanged: ${describeRead(changed.size)}, none changed what search shows`)
    return null
  }
  return { built: replaceSearchRecords(previous, changed, fresh, builtAt), complete: false, changed: changed.size }
}

const describeRead = (count: number) => `${count} ${count === 1 ? 'document' : 'documents'} read again`

async function update(): Promise<void> {
  const start = performance.now()
  const request = asked
  asked = { everything: false, tags: new Set() }
  try {
    const next = await nextCorpus(request)
    if (next) await publishSearchBuild(searchIndexDir(), next.built)
    // Done: a later failure is tried again soon, not after the last one's wait. A failure after
    // the CMS answered (a disk that refuses the build) still waits longer each time.
    retryMs = RETRY_MS
    if (!next) return
    // What is published from now on, before anything else can fail: the next update compares with it.
    corpus = next.built
    // Only once it is published: a complete read that could not be must be made again.
    if (next.complete) lastCompleteRead = Date.now()
    const how = next.complete ? 'rebuilt from every public document' : `updated (${describeRead(next.changed)})`
    console.log(
      `[site] INFO search index ${how}: ${next.built.records.length} documents in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    )
  } catch (error) {
    // Asked again with whatever came meanwhile: the next try reads at least as much.
    asked.everything ||= request.everything
    for (const tag of request.tags) asked.tags.add(tag)
    throw error
  }
}

const task = debouncedTask(update, {
  delayMs: DELAY_MS,
  maxWaitMs: MAX_WAIT_MS,
  restFactor: REST_FACTOR,
  onError: (error) => {
    console.error(`[site] search index not rebuilt, the previous one stays: ${String(error)}`)
    // Tried again while anything waits (no index yet, or changes not in it), less often each time.
    if (corpus === null || asked.everything || asked.tags.size > 0) {
      setTimeout(() => task.request(0), retryMs).unref()
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS)
    }
  },
})

/**
 * After a publication: updates the index once the burst of changes is over, reading again only the
 * documents these invalidated cache tags (`collection` or `collection:id`) name when they can say
 * (`planSearchUpdate`). Tags of collections search does not show ask for nothing.
 */
export function requestSearchUpdate(tags: readonly string[]): void {
  const relevant = tags.filter(indexDependsOn)
  if (relevant.length === 0) return
  for (const tag of relevant) asked.tags.add(tag)
  task.request()
}

/** Rebuilds the index from every public document once the burst of changes is over. */
export function requestSearchRebuild(): void {
  asked.everything = true
  task.request()
}

/**
 * At the site's first request: builds the index at once when there is none yet, or none the
 * browser can load (one written before the index had parts lists no bundles).
 */
export function ensureSearchIndex(): void {
  if (started) return
  started = true
  void access(path.join(currentBuild(), BUNDLES_FILE)).catch(() => {
    corpus = null
    // Asked as a complete rebuild: a failed one is tried again until it is done, even once the
    // search page has loaded the records of an index written before the index had parts.
    asked.everything = true
    task.request(0)
  })
}

/** Resolves once no rebuild is waiting or running. */
export const searchIndexSettled = (): Promise<void> => task.idle()

/** The records the current index was built from (read from disk after a restart), or null before the first build. */
export async function currentSearchCorpus(): Promise<SearchCorpus | null> {
  if (!corpus) corpus = await readSearchCorpus(searchIndexDir())
  return corpus
}
