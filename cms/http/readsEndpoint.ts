import { type Endpoint, parseParams, type PayloadRequest } from 'payload'
import * as qs from 'qs-esm'

import {
  COLLECTION_READS_PATH,
  MAX_COLLECTION_READS,
  MAX_DEPTH,
  MAX_DOCUMENTS_PER_READ,
  type ReadAnswer,
  ReadsRequest,
} from '../../schemas/collectionReads'
import { FRAME_PATH } from '../../schemas/content/frame'
import { readFrame } from './frameRead'

/** The options Payload's REST API parses a query string with, so that a read here means what it means there. */
const REST_QUERY_OPTIONS = { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }

const refused = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })

const answerError = (status: number, message: string): ReadAnswer => ({ status, body: { errors: [{ message }] } })

/**
 * The status and message Payload's REST API would answer for an error raised by a read: a 4xx
 * with its message, unless the error says it is not public; anything else a 500 that says nothing.
 */
function errorAnswer(error: unknown): ReadAnswer {
  const { status, isPublic, message } = error as { status?: unknown; isPublic?: unknown; message?: unknown }
  const known = typeof status === 'number' && status >= 400 && status < 500
  if (!known) return answerError(500, 'Something went wrong.')
  return answerError(status, isPublic !== false && typeof message === 'string' ? message : 'Something went wrong.')
}

/** A read's query as Payload's REST API parses it; undefined when it cannot be (a `where` that is no JSON). */
function parsedQuery(query: string): ReturnType<typeof parseParams> | undefined {
  try {
    return parseParams(qs.parse(query, REST_QUERY_OPTIONS))
  } catch {
    return undefined
  }
}

const isWhole = (value: number | undefined, from: number, to: number): boolean =>
  value === undefined || (Number.isSafeInteger(value) && value >= from && value <= to)

/**
 * Whether a read asks for what the site's reads ask for: a limit (given, when it asks for no count)
 * of whole documents up to MAX_DOCUMENTS_PER_READ, a whole page, whole levels of relations up to
 * MAX_DEPTH. A fraction or a page past the largest safe integer reached the database, which
 * refused it with a 500.
 */
function isBounded({ depth, limit, page, pagination }: ReturnType<typeof parseParams>): boolean {
  if (limit === undefined && pagination === false) return false
  return (
    isWhole(limit, 1, MAX_DOCUMENTS_PER_READ) &&
    isWhole(page, 1, Number.MAX_SAFE_INTEGER) &&
    isWhole(depth, 0, MAX_DEPTH)
  )
}

/**
 * One read: `frame` (`frameRead.ts`), or `slug?query`, answered as `GET /api/slug?query` answers
 * an anonymous visitor: the same query parsing, the same operation, the same access rules. Bounded as the site's reads are (at
 * most MAX_DOCUMENTS_PER_READ documents, MAX_DEPTH levels of relations), so that one request of
 * many reads cannot ask for much more than the site ever does. An error is this read's answer only.
 */
async function readOne(req: PayloadRequest, address: string): Promise<ReadAnswer> {
  if (address === FRAME_PATH) return answered(req, FRAME_PATH, () => readFrame(req))
  const separator = address.indexOf('?')
  const slug = separator === -1 ? address : address.slice(0, separator)
  if (!Object.hasOwn(req.payload.collections, slug)) return answerError(404, `No collection ${slug}.`)
  const params = parsedQuery(separator === -1 ? '' : address.slice(separator + 1))
  if (!params) return answerError(400, 'The query of this read cannot be parsed.')
  if (!isBounded(params))
    return answerError(
      400,
      `A read here takes a whole limit of 1 to ${MAX_DOCUMENTS_PER_READ} documents, a whole page number from 1 and a depth of 0 to ${MAX_DEPTH}.`,
    )
  const { depth, draft, joins, limit, page, pagination, populate, select, sort, trash, where } = params
  return answered(req, slug, () =>
    req.payload.find({
      collection: slug as Parameters<typeof req.payload.find>[0]['collection'],
      depth,
      draft,
      joins,
      limit,
      page,
      pagination,
      populate,
      select,
      sort,
      trash,
      where,
      overrideAccess: false,
      req,
    }),
  )
}

/** A read's answer: 200 with what `read` resolves to, or the error it raised as REST would answer it. */
async function answered(req: PayloadRequest, what: string, read: () => Promise<unknown>): Promise<ReadAnswer> {
  try {
    return { status: 200, body: await read() }
  } catch (error) {
    const answer = errorAnswer(error)
    if (answer.status === 500) req.payload.logger.error({ err: error, msg: `Read of ${what} failed` })
    return answer
  }
}

/**
 * `POST /api/reads` with `{ reads: ["frame", "events?where[…]=…&limit=…", …] }`: several reads in
 * one request, whoever asks answered as an anonymous visitor (`{ answers: [{ status, body }] }`, in
 * order): collection reads as their REST `GET` answers, and `frame`, what every page's frame
 * shows. Each REST request costs the CMS a fixed part besides its read (routing, authentication,
 * the answer); the site's pages start their reads together, the frame's with them, and send them
 * here together (`site/lib/content/readBatch.ts`).
 * 400 (English, for the operator) when the body is not such a list of 1 to MAX_COLLECTION_READS reads;
 * a read that cannot be parsed or asks for more than `readOne` allows is answered 400 alone.
 */
async function readMany(req: PayloadRequest): Promise<Response> {
  // The local API's reads below keep this request (`req`): still a REST one to hooks that hide what
  // visitors may not see (`req.payloadAPI`, e.g. an episode's unconsented names), and anonymous.
  req.user = null
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return refused(400, 'The body is not JSON.')
  }
  const parsed = ReadsRequest.safeParse(body)
  if (!parsed.success)
    return refused(400, `Expected { reads: string[] } with 1 to ${MAX_COLLECTION_READS} reads of a collection.`)
  const answers = await Promise.all(parsed.data.reads.map((address) => readOne(req, address)))
  return Response.json({ answers })
}

export const readsEndpoint: Endpoint = { path: `/${COLLECTION_READS_PATH}`, method: 'post', handler: readMany }
