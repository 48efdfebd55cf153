import { access } from 'node:fs/promises'

import { documentTag } from '../../../schemas/cache-tags'
import type { Id } from '../../../schemas/content/common'
import { content } from '../content'
import { debouncedTask } from './debounce'
import { currentBuild, searchIndexDir } from './indexDir'
import { publishSearchBuild, readSearchCorpus } from './indexStore'
import { stopPagefind } from './pagefindBundle'
import {
  buildSearchCorpus,
  INDEX_DEPENDS_ON,
  joinSearchCorpora,
  partOfSources,
  SEARCHED_COLLECTIONS,
  type SearchCorpus,
  type SearchedCollection,
} from './records'
import { planSearchUpdate, replaceDocuments } from './update'

/** Quiet time after the last publication before the index is rebuilt, and the longest wait. */
const DELAY_MS = Number(process.env.SEARCH_REBUILD_DELAY_MS ?? 2000)
const MAX_WAIT_MS = 15_000
/**
 * Rest after an update, as a multiple of its duration: a complete rebuild reads every public
 * document (tens of seconds of the CMS's time on ten years of content), so updates get at most a
 * quarter of the time however often staff publish; pages rendered meanwhile keep the rest.
 */
const REST_FACTOR = Number(process.env.SEARCH_REBUILD_REST_FACTOR ?? 3)
/** After a failed build (CMS down), when to try again if the site has no index at all. */
const RETRY_MS = 5_000
/** Documents named in one read of changed documents (the size of the CMS's search pages). */
const IDS_PER_READ = 100

/**
 * How often, at most, the index reads every public document again even when the changes named
 * documents: the first update after the site starts and the first one a day after the last complete
 * read, so that a change the site was never told of (while it was down) does not stay out of
 * search.
 */
const COMPLETE_READ_EVERY_MS = 24 * 60 * 60 * 1000

let corpus: SearchCorpus | null | undefined
let started = false
let lastCompleteRead = Number.NEGATIVE_INFINITY
/** What the next update must read again: everything, or the documents these invalidated tags name. */
let asked = { everything: false, tags: new Set<string>() }

/**
 * The records of the public documents of the searched collections, all of them or those of
 * `documents` (ids by collection), read as an anonymous visitor page after page; each page is
 * turned into records at once and let go.
 */
async function readCorpus(
  builtAt: Date,
  documents?: ReadonlyMap<SearchedCollection, readonly Id[]>,
): Promise<SearchCorpus> {
  const parts: SearchCorpus[] = []
  const readPages = async (collection: SearchedCollection, ids?: readonly Id[]) => {
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
 * The next index, and what was read for it: the previous index with the changed documents read
 * again, or everything read again; null when the request names nothing search shows.
 */
async function nextCorpus(request: typeof asked): Promise<{ built: SearchCorpus; read: string } | null> {
  const builtAt = new Date()
  const previous = await currentSearchCorpus()
  const plan = planSearchUpdate(request.tags)
  const complete =
    request.everything ||
    plan.everything ||
    !previous ||
    Date.now() - lastCompleteRead > COMPLETE_READ_EVERY_MS ||
    // An index written before records named their documents.
    previous.records.some((record) => !record.source)
  if (complete) {
    const built = await readCorpus(builtAt)
    lastCompleteRead = Date.now()
    return { built, read: 'every public document' }
  }
  if (plan.documents.size === 0) return null
  const changed = new Set(
    [...plan.documents].flatMap(([collection, ids]) => ids.map((id) => documentTag(collection, id))),
  )
  const built = replaceDocuments(previous, changed, await readCorpus(builtAt, plan.documents), builtAt)
  return { built, read: changed.size === 1 ? 'one changed document' : `${changed.size} changed documents` }
}

async function update(): Promise<void> {
  const start = performance.now()
  const request = asked
  asked = { everything: false, tags: new Set() }
  try {
    const next = await nextCorpus(request)
    if (!next) return
    await publishSearchBuild(searchIndexDir(), next.built)
    await stopPagefind()
    corpus = next.built
    console.log(
      `[site] INFO search index rebuilt: ${next.built.records.length} documents, ${next.read} read, in ${((performance.now() - start) / 1000).toFixed(1)} s`,
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
    if (corpus === null) setTimeout(() => task.request(0), RETRY_MS).unref()
  },
})

/**
 * After a publication: updates the index once the burst of changes is over, reading again only the
 * documents these invalidated cache tags (`collection` or `collection:id`) name when they can say
 * (`planSearchUpdate`). Tags of collections search does not show ask for nothing.
 */
export function requestSearchUpdate(tags: readonly string[]): void {
  const relevant = tags.filter((tag) => INDEX_DEPENDS_ON.includes(tag.split(':')[0] ?? ''))
  if (relevant.length === 0) return
  for (const tag of relevant) asked.tags.add(tag)
  task.request()
}

/** Rebuilds the index from every public document once the burst of changes is over. */
export function requestSearchRebuild(): void {
  asked.everything = true
  task.request()
}

/** At the site's first request: builds the index at once when there is none yet. */
export function ensureSearchIndex(): void {
  if (started) return
  started = true
  void access(currentBuild()).catch(() => {
    corpus = null
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
