import { type Endpoint, parseParams, type PayloadRequest } from 'payload'
import * as qs from 'qs-esm'

import {
  COLLECTION_READS_PATH,
  MAX_COLLECTION_READS,
  ReadsRequest,
  type ReadAnswer,
} from '../../schemas/collectionReads'

/** The options Payload's REST API parses a query string with, so that a read here means what it means there. */
const REST_QUERY_OPTIONS = { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }

const refused = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })

/** The status Payload gives an error it raises (4xx for a query, an access rule, a missing document), else 500. */
function statusOf(error: unknown): number {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500
}

/**
 * One read `slug?query`, answered as `GET /api/slug?query` answers an anonymous visitor: the same
 * query parsing, the same operation, the same access rules. An error is this read's answer only.
 */
async function readOne(req: PayloadRequest, address: string): Promise<ReadAnswer> {
  const separator = address.indexOf('?')
  const slug = separator === -1 ? address : address.slice(0, separator)
  const query = separator === -1 ? '' : address.slice(separator + 1)
  if (!Object.hasOwn(req.payload.collections, slug))
    return { status: 404, body: { errors: [{ message: `No collection ${slug}.` }] } }
  const { depth, draft, joins, limit, page, pagination, populate, select, sort, trash, where } = parseParams(
    qs.parse(query, REST_QUERY_OPTIONS),
  )
  try {
    const body = await req.payload.find({
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
    })
    return { status: 200, body }
  } catch (error) {
    const status = statusOf(error)
    if (status === 500) req.payload.logger.error({ err: error, msg: `Collection read ${slug} failed` })
    return {
      status,
      body: { errors: [{ message: status === 500 ? 'Something went wrong.' : (error as Error).message }] },
    }
  }
}

/**
 * `POST /api/reads` with `{ reads: ["events?where[…]=…&limit=…", …] }`: several collection reads
 * in one request, each answered as its REST `GET` answers an anonymous visitor, whoever asks
 * (`{ answers: [{ status, body }] }`, in order). Each REST request costs the CMS a fixed part
 * besides its read (routing, authentication, the answer); the site's pages start their reads
 * together and send them here together (`site/lib/content/readBatch.ts`).
 * 400 (English, for the operator) when the body is not such a list of 1 to MAX_COLLECTION_READS reads.
 */
async function readMany(req: PayloadRequest): Promise<Response> {
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
