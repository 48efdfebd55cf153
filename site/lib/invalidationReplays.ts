import { INVALIDATION_MAX_AGE_MS } from '../../schemas/invalidation'

/**
 * The signatures of the invalidations received (`x-coope-signature`, `t=<ms>,v1=<hex>`) while they
 * are still acceptable, so that each counts once: a request captured on its way (the CMS may reach
 * the site over plain http) and sent again within those minutes would otherwise drop the pages and
 * rebuild the search index again each time. The CMS signs each sending anew, a retry included.
 */
export class InvalidationReplays {
  /** Signature → the time in ms after which no verification accepts it any more. */
  readonly #seen = new Map<string, number>()

  /**
   * Whether `signature`, already verified, is received for the first time; it is remembered until
   * its timestamp is too old to be accepted (`INVALIDATION_MAX_AGE_MS`).
   * @param now the time, in ms since the epoch
   */
  firstTime(signature: string, now = Date.now()): boolean {
    for (const [seen, acceptedUntil] of this.#seen) if (acceptedUntil < now) this.#seen.delete(seen)
    if (this.#seen.has(signature)) return false
    const timestamp = Number(/^t=(\d+),/.exec(signature)?.[1] ?? now)
    this.#seen.set(signature, timestamp + INVALIDATION_MAX_AGE_MS)
    return true
  }
}
