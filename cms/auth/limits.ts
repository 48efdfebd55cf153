/**
 * How many attempts a client address, or an account, gets before it must wait. The numbers are
 * documented in the README (Security → Accounts and e-mail); change both together.
 */
export type Limit = {
  /** Length of the counting window in milliseconds, from the first attempt it counts. */
  windowMs: number
  /** Attempts allowed without waiting in one window. */
  free: number
  /** Attempts in one window after which every further one is refused until the window ends. */
  max: number
  /** The longest wait between two attempts, in milliseconds (none: up to the end of the window). */
  maxWaitMs?: number
}

/** Per client address and action (sign-in, forgot-password, reset): 5 free, then 1 s, 2 s, 4 s… waits, 10 at most per 15 minutes. */
export const perAddress: Limit = { windowMs: 15 * 60_000, free: 5, max: 10 }

/**
 * Per e-mail address signed in to, whatever the client: above what one client address can reach in
 * the same hour (4 windows × 10), so only many addresses together can slow an account down, and
 * then to one attempt every 10 seconds at most: never refused outright, so no attacker can lock
 * the account's owner out.
 */
export const perAccount: Limit = { windowMs: 60 * 60_000, free: 50, max: Number.POSITIVE_INFINITY, maxWaitMs: 10_000 }

/** Counters whose window started longer ago than this count nothing any more and are deleted. */
/**
 * Reset e-mails to one account, whatever the address asking: 5 free, then 1 s, 2 s, 4 s… waits, 10 at
 * most per hour, so nobody's mailbox can be flooded (it replaces Payload's own 15-second interval,
 * which writes beside the request's transaction).
 */
export const perAccountResetMail: Limit = { windowMs: 60 * 60_000, free: 5, max: 10 }

export const FORGET_AFTER_MS = Math.max(perAddress.windowMs, perAccount.windowMs)

/**
 * How long a key must wait before its next attempt.
 *
 * @param attempts attempts already counted in the current window (0 or more)
 * @param limit the limit that applies
 * @param windowEndsIn milliseconds until the current window ends
 * @returns milliseconds to wait: 0 while attempts are free, then 1 s doubling with each attempt up
 *   to `maxWaitMs`, and the rest of the window once `max` is reached (never more than that)
 */
export function waitBeforeNext(attempts: number, limit: Limit, windowEndsIn: number): number {
  if (attempts < limit.free) return 0
  if (attempts >= limit.max) return Math.max(0, windowEndsIn)
  const doubling = Math.min(1000 * 2 ** (attempts - limit.free), limit.maxWaitMs ?? Number.POSITIVE_INFINITY)
  return Math.min(doubling, Math.max(0, windowEndsIn))
}
