import type { Payload, PayloadRequest } from 'payload'

import type { LoginAttempt } from '../../schemas/payload-types'
import { slugs } from '../../schemas/slugs'
import { refusal } from '../hooks/refusal'
import { FORGET_AFTER_MS, type Limit, waitBeforeNext } from './limits'

export type Counted = { key: string; limit: Limit }

const collection = slugs.loginAttempts

/** "30 secondes", "4 minutes": how long to wait, for staff. */
const inFrench = (seconds: number) =>
  seconds < 90 ? `${seconds} seconde${seconds > 1 ? 's' : ''}` : `${Math.ceil(seconds / 60)} minutes`

/**
 * Milliseconds `key` must still wait before its next attempt under `limit`, at time `now`
 * (0 when it may go on). A window that has ended counts as no attempt at all.
 */
function remainingWait(counter: LoginAttempt | null, limit: Limit, now: number): number {
  if (!counter) return 0
  const windowEnd = Date.parse(counter.windowStart) + limit.windowMs
  if (windowEnd <= now) return 0
  const gap = waitBeforeNext(counter.attempts, limit, windowEnd - now)
  if (counter.attempts >= limit.max) return gap
  return Math.max(0, Date.parse(counter.lastAttemptAt) + gap - now)
}

/**
 * The request to write the counters in when its operation runs in a transaction (reset and forgotten
 * password do): SQLite has one writer, so a write beside the open transaction would wait for it
 * forever. Undefined otherwise: the counters are written at once, whatever the operation does next.
 */
const transactionOf = (req: PayloadRequest | undefined) => (req?.transactionID ? req : undefined)

/** Counts one attempt for `key`, starting a new window when the last one has ended. */
async function count(
  payload: Payload,
  { key, limit }: Counted,
  counter: LoginAttempt | null,
  now: number,
  req?: PayloadRequest,
) {
  const at = new Date(now).toISOString()
  if (!counter) {
    // Each new key is a chance to drop the ones that count nothing any more, so the table stays small.
    await payload.db.deleteMany({
      collection,
      where: { windowStart: { less_than: new Date(now - FORGET_AFTER_MS).toISOString() } },
      req,
    })
    try {
      await payload.db.create({ collection, data: { key, attempts: 1, windowStart: at, lastAttemptAt: at }, req })
      return
    } catch {
      // Another process created it meanwhile: count on that one.
      counter = (await find(payload, key, req)) ?? null
      if (!counter) throw new Error(`Cannot count attempts for ${key}.`)
    }
  }
  const fresh = Date.parse(counter.windowStart) + limit.windowMs <= now
  await payload.db.updateOne({
    collection,
    id: counter.id,
    data: fresh ? { attempts: 1, windowStart: at, lastAttemptAt: at } : { attempts: { $inc: 1 }, lastAttemptAt: at },
    returning: false,
    req,
  })
}

const find = async (payload: Payload, key: string, req?: PayloadRequest) =>
  (await payload.db.findOne<LoginAttempt>({ collection, where: { key: { equals: key } }, req })) ?? null

/** Where a request notes the attempts it counted inside its transaction, in `req.context`. */
const COUNTED_IN_TRANSACTION = 'attemptsCountedInTransaction'

/** Attempts are checked and counted one at a time in this process: a burst of parallel requests
 * cannot all read the same old count and pass together. */
let queue: Promise<unknown> = Promise.resolve()

/**
 * Lets an attempt through and counts it, or refuses it. Counters live in the database (collection
 * `login-attempts`, no request's transaction) so that every CMS process sees the same ones. Within
 * one process the check and the count happen one attempt at a time; two CMS processes racing may
 * both pass one check, never more than that.
 *
 * @param req the request; on refusal a `Retry-After` header (whole seconds) is added to its response
 * @param counted the keys to check and count, each with its limit; all must allow the attempt
 * @param now the time in milliseconds since the epoch
 * @throws APIError 429 with data `{ code: 'too-many-attempts', retryAfterSeconds }` and a French
 *   message, counting nothing, when any key must still wait
 */
export function chargeAttempt(req: PayloadRequest, counted: Counted[], now?: number): Promise<void> {
  const turn = queue.then(() => charge(req, counted, now ?? Date.now()))
  queue = turn.catch(() => undefined)
  return turn
}

async function charge(req: PayloadRequest, counted: Counted[], now: number): Promise<void> {
  const inTransaction = transactionOf(req)
  const counters = await Promise.all(counted.map(({ key }) => find(req.payload, key, inTransaction)))
  const wait = Math.max(...counted.map(({ limit }, i) => remainingWait(counters[i] ?? null, limit, now)))
  if (wait > 0) {
    const retryAfterSeconds = Math.ceil(wait / 1000)
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
    throw refusal('too-many-attempts', `Trop de tentatives. Réessayez dans ${inFrench(retryAfterSeconds)}.`, 429, {
      retryAfterSeconds,
    })
  }
  for (const [i, entry] of counted.entries()) await count(req.payload, entry, counters[i] ?? null, now, inTransaction)
  if (inTransaction) req.context[COUNTED_IN_TRANSACTION] = { counted, now }
}

/**
 * After an operation failed and its transaction was rolled back, counts again, outside it, the
 * attempts it had counted inside: a wrong reset token must cost an attempt like any other.
 */
export async function recountRolledBack(req: PayloadRequest): Promise<void> {
  const noted = req.context[COUNTED_IN_TRANSACTION] as { counted: Counted[]; now: number } | undefined
  if (!noted || req.transactionID) return
  req.context[COUNTED_IN_TRANSACTION] = undefined
  const turn = queue.then(async () => {
    for (const entry of noted.counted) await count(req.payload, entry, await find(req.payload, entry.key), noted.now)
  })
  queue = turn.catch(() => undefined)
  await turn
}

/**
 * Gives back one attempt to each key (after a successful sign-in), so that people who sign in often
 * are never slowed down. Keys without a counter are left alone.
 */
export async function refundAttempt(req: PayloadRequest, keys: string[]): Promise<void> {
  const inTransaction = transactionOf(req)
  for (const key of keys) {
    const counter = await find(req.payload, key, inTransaction)
    if (counter && counter.attempts > 0)
      await req.payload.db.updateOne({
        collection,
        id: counter.id,
        data: { attempts: { $inc: -1 } },
        returning: false,
        req: inTransaction,
      })
  }
}
