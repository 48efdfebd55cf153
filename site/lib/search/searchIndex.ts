import { access } from 'node:fs/promises'

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
} from './records'

/** Quiet time after the last publication before the index is rebuilt, and the longest wait. */
const DELAY_MS = Number(process.env.SEARCH_REBUILD_DELAY_MS ?? 2000)
const MAX_WAIT_MS = 15_000
/**
 * Rest after a rebuild, as a multiple of its duration: a rebuild reads every public document (tens
 * of seconds of the CMS's time on ten years of content), so rebuilds get at most a quarter of the
 * time however often staff publish; pages rendered meanwhile keep the rest.
 */
const REST_FACTOR = Number(process.env.SEARCH_REBUILD_REST_FACTOR ?? 3)
/** After a failed build (CMS down), when to try again if the site has no index at all. */
const RETRY_MS = 5_000

let corpus: SearchCorpus | null | undefined
let started = false

/**
 * The records of every public document of every searched collection, read as an anonymous visitor
 * page after page; each page is turned into records at once and let go.
 */
async function readCorpus(builtAt: Date): Promise<SearchCorpus> {
  const parts: SearchCorpus[] = []
  for (const collection of SEARCHED_COLLECTIONS) {
    for (let pageNumber = 1; ; pageNumber += 1) {
      const answer = await content.searchPage(collection, pageNumber)
      parts.push(buildSearchCorpus(partOfSources(collection, answer.docs as never), builtAt))
      if (!answer.hasNextPage) break
    }
  }
  return joinSearchCorpora(parts, builtAt)
}

async function rebuild(): Promise<void> {
  const start = performance.now()
  const root = searchIndexDir()
  const built = await readCorpus(new Date())
  await publishSearchBuild(root, built)
  await stopPagefind()
  corpus = built
  console.log(
    `[site] INFO search index rebuilt: ${built.records.length} documents in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  )
}

const task = debouncedTask(rebuild, {
  delayMs: DELAY_MS,
  maxWaitMs: MAX_WAIT_MS,
  restFactor: REST_FACTOR,
  onError: (error) => {
    console.error(`[site] search index not rebuilt, the previous one stays: ${String(error)}`)
    if (corpus === null) setTimeout(() => task.request(0), RETRY_MS).unref()
  },
})

/** Whether these invalidated cache tags (`collection` or `collection:id`) can change search results. */
export const touchesSearch = (tags: readonly string[]): boolean =>
  tags.some((tag) => INDEX_DEPENDS_ON.includes(tag.split(':')[0] ?? ''))

/** After a publication: rebuild the index once the burst of changes is over. */
export function requestSearchRebuild(): void {
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
