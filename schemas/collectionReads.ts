import { z } from 'zod'

/** `POST /api/reads` (`cms/http/readsEndpoint.ts`): several collection reads in one request. */
export const COLLECTION_READS_PATH = 'reads'

/** Reads in one request at most: a page starts fewer; a complete listing reads four pages at once. */
export const MAX_COLLECTION_READS = 16

/**
 * The most documents one read here may ask for (its `limit`, which it must give when it asks for no
 * count): the site reads complete listings in pages of this size.
 */
export const MAX_DOCUMENTS_PER_READ = 1000

/** The deepest relations one read here may populate: an episode's subjects' issue numbers. */
export const MAX_DEPTH = 2

/** A longer read is no read the site makes (a hundred ids and the fields of a listing take about 3 KB). */
const MAX_ADDRESS_LENGTH = 16 * 1024

/** The request: each read as the part of its REST address after `/api/`, `slug?query`. */
export const ReadsRequest = z.object({
  reads: z.array(z.string().min(1).max(MAX_ADDRESS_LENGTH)).min(1).max(MAX_COLLECTION_READS),
})

/** One read's answer: the status and JSON body its REST `GET` would have answered. */
export type ReadAnswer = { status: number; body: unknown }

/** The answer, one per read, in the order of the request. */
export const ReadsAnswer = z.object({ answers: z.array(z.object({ status: z.number().int(), body: z.unknown() })) })
