/**
 * At most `limit` contributions per client address in a sliding window, counted in this process's
 * memory (the addresses are never stored anywhere). Entries older than the window are forgotten.
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
  return {
    /**
     * Counts an attempt of `client` and says whether it is allowed.
     * @returns 0 when allowed, otherwise the seconds to wait before the next attempt
     */
    take(client: string, now = Date.now()): number {
      const recent = (seen.get(client) ?? []).filter((at) => now - at < windowMs)
      if (recent.length >= limit) {
        seen.set(client, recent)
        return Math.ceil((recent[0]! + windowMs - now) / 1000)
      }
      recent.push(now)
      seen.delete(client)
      seen.set(client, recent)
      // The oldest client goes first when the table is full: a flood of addresses cannot fill memory.
      if (seen.size > maxClients) seen.delete(seen.keys().next().value!)
      return 0
    },
  }
}

/** The contribution form's limit: 5 sendings per address in 10 minutes. */
export const contributionLimiter = rateLimiter({ limit: 5, windowMs: 10 * 60 * 1000 })
