import { siteEnv } from '../env'

/**
 * At most `limit` events per client address in a sliding window, counted in this process's memory
 * (the addresses are never stored anywhere). Entries older than the window are forgotten.
 */
export function rateLimiter({
  limit,
  windowMs,
  maxClients = 10_000,
}: {
  limit: number
  windowMs: number
  maxClients?: number
}) {
  const seen = new Map<string, number[]>()
  const recentOf = (client: string, now: number) => (seen.get(client) ?? []).filter((at) => now - at < windowMs)
  const waitFor = (recent: number[], now: number) =>
    recent.length >= limit ? Math.ceil((recent[0]! + windowMs - now) / 1000) : 0
  const record = (client: string, recent: number[], now: number) => {
    recent.push(now)
    seen.delete(client)
    seen.set(client, recent)
    // The oldest client goes first when the table is full: a flood of addresses cannot fill memory.
    if (seen.size > maxClients) seen.delete(seen.keys().next().value!)
  }
  return {
    /**
     * Counts an attempt of `client` and says whether it is allowed.
     * @returns 0 when allowed, otherwise the seconds to wait before the next attempt
     */
    take(client: string, now = Date.now()): number {
      const recent = recentOf(client, now)
      const wait = waitFor(recent, now)
      if (wait) seen.set(client, recent)
      else record(client, recent, now)
      return wait
    },
    /** Seconds `client` must wait before the next event, 0 when it may; counts nothing. */
    wait(client: string, now = Date.now()): number {
      return waitFor(recentOf(client, now), now)
    },
    /** Counts an event of `client` that already happened (whatever the limit says). */
    count(client: string, now = Date.now()): void {
      record(client, recentOf(client, now), now)
    },
  }
}

/**
 * The contribution form's limits, per client address over 10 minutes: 5 contributions accepted
 * (stored by the CMS: a send refused for a typing mistake does not count), and 30 sends of any
 * kind, so that a flood of invalid requests is still answered 429 before it reaches the CMS.
 */
export function contributionLimits({ accepted = 5, sends = 30, windowMs = 10 * 60 * 1000 } = {}) {
  const stored = rateLimiter({ limit: accepted, windowMs })
  const attempts = rateLimiter({ limit: sends, windowMs })
  return {
    /**
     * Before a send is read: counts it among the sends and says whether it may be handled.
     * @returns 0 when it may, otherwise the seconds to wait (the larger of the two limits' delays)
     */
    admit(client: string, now = Date.now()): number {
      const full = stored.wait(client, now)
      return full || attempts.take(client, now)
    },
    /** After the CMS stored a contribution of `client`. */
    accepted(client: string, now = Date.now()): void {
      stored.count(client, now)
    },
  }
}

export type ContributionLimits = ReturnType<typeof contributionLimits>

let limiter: ContributionLimits | undefined

/** The limits of this process's contribution form: `CONTRIBUTIONS_PER_ADDRESS` stored per address, 6 times as many sends. */
export function contributionLimiter(): ContributionLimits {
  const accepted = siteEnv().CONTRIBUTIONS_PER_ADDRESS
  limiter ??= contributionLimits({ accepted, sends: Math.max(30, 6 * accepted) })
  return limiter
}
