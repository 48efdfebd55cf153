import {
  COLLECTION_READS_PATH,
  MAX_COLLECTION_READS,
  type ReadAnswer,
  ReadsAnswer,
} from '../../../schemas/collectionReads'
import { siteEnv } from '../env'

type Waiting = {
  address: string
  timeoutMs: number
  resolve: (answer: ReadAnswer) => void
  reject: (error: Error) => void
}

/** Reads started since the last request left, in the order they were started. */
let waiting: Waiting[] = []

/**
 * Asks the CMS the reads `addresses` in one `POST /api/reads` (`cms/http/readsEndpoint.ts`).
 * Uncompressed, like every read of the site: the CMS is on the same machine or network.
 * @throws Error when the CMS cannot be reached, does not answer within `timeoutMs`, refuses the
 * request, or answers something else than one answer per read
 */
async function askTogether(addresses: string[], timeoutMs: number): Promise<ReadAnswer[]> {
  const url = new URL(`/api/${COLLECTION_READS_PATH}`, siteEnv().CMS_URL)
  const response = await fetch(url, {
    method: 'POST',
    headers: { accept: 'application/json', 'accept-encoding': 'identity', 'content-type': 'application/json' },
    body: JSON.stringify({ reads: addresses }),
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (!response.ok) {
    await response.body?.cancel()
    throw new Error(`CMS answered ${response.status} for ${url.pathname}`)
  }
  const parsed = ReadsAnswer.safeParse(await response.json())
  if (!parsed.success || parsed.data.answers.length !== addresses.length)
    throw new Error(`CMS answer unreadable for ${url.pathname}`)
  return parsed.data.answers
}

/** Sends the waiting reads, if any, in one request; each gets its own answer, or the request's failure. */
function sendWaiting(): void {
  const batch = waiting
  waiting = []
  if (batch.length === 0) return
  askTogether(
    batch.map((read) => read.address),
    Math.max(...batch.map((read) => read.timeoutMs)),
  ).then(
    (answers) => batch.forEach((read, i) => read.resolve(answers[i]!)),
    (error: unknown) => batch.forEach((read) => read.reject(error instanceof Error ? error : new Error(String(error)))),
  )
}

/**
 * One collection read, `slug?query` (its REST address after `/api/`), asked of the CMS together
 * with the others started in the same turn of the event loop: a page starts its reads at once,
 * and each REST request costs the CMS a fixed part besides its read. At most
 * MAX_COLLECTION_READS go in one request. Resolves to the read's own status and body, as its REST
 * `GET` would answer an anonymous visitor.
 * @param timeoutMs how long this read may wait, in ms
 * @throws Error when the request fails or this read's time is up first
 */
export function readTogether(address: string, timeoutMs: number): Promise<ReadAnswer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    if (waiting.length === 0) setImmediate(sendWaiting)
    waiting.push({
      address,
      timeoutMs,
      resolve: (answer) => {
        clearTimeout(timer)
        resolve(answer)
      },
      reject: (error) => {
        clearTimeout(timer)
        reject(error)
      },
    })
    if (waiting.length === MAX_COLLECTION_READS) sendWaiting()
  })
}
