import { z } from 'zod'

import { explainEnvError, fileMemoryMebibytes, httpOrigin, secret, trustProxy } from '../../schemas/env'

const SiteEnv = z.object({
  CMS_URL: httpOrigin('CMS_URL').default('http://localhost:3000'),
  /** The site's public address: canonical URLs, the sitemap, social cards, feeds and calendar subscriptions use it, never the Host header. */
  SITE_URL: httpOrigin('SITE_URL').default('http://localhost:4321'),
  SITE_INVALIDATION_SECRET: secret('SITE_INVALIDATION_SECRET'),
  // Only the contribution form needs it; without it the form says contributions are closed for now.
  CONTRIBUTION_SERVICE_SECRET: secret('CONTRIBUTION_SERVICE_SECRET').optional(),
  /** A contribution form sent sooner after it was shown is taken for a robot's. */
  CONTRIBUTION_MIN_FILL_SECONDS: z.coerce
    .number({ error: 'CONTRIBUTION_MIN_FILL_SECONDS must be a number of seconds.' })
    .int()
    .min(0)
    .max(60)
    .default(3),
  /**
   * Contributions stored per client address in 10 minutes. Raise it when many residents send from
   * one address: a house's public Wi-Fi during a workshop, or a reverse proxy without TRUST_PROXY.
   */
  CONTRIBUTIONS_PER_ADDRESS: z.coerce
    .number({ error: 'CONTRIBUTIONS_PER_ADDRESS must be a number of contributions.' })
    .int()
    .min(1, 'CONTRIBUTIONS_PER_ADDRESS must be at least 1.')
    .max(1000, 'CONTRIBUTIONS_PER_ADDRESS must be at most 1000.')
    .default(5),
  /** The contribution form's limits count residents by the address the reverse proxy saw (see the CMS's). */
  TRUST_PROXY: trustProxy,
})
export type SiteEnv = z.infer<typeof SiteEnv>

/**
 * SITE_FILE_MEMORY_MB in bytes (see `fileMemoryMebibytes`): 32 MiB by default, 0 for none.
 * @throws Error with the operator's sentence when it is not a whole number from 0 to 4096
 */
export function fileMemoryBytes(): number {
  const parsed = fileMemoryMebibytes.safeParse(process.env.SITE_FILE_MEMORY_MB)
  if (!parsed.success) throw new Error(explainEnvError(parsed.error))
  return parsed.data * 1024 * 1024
}

let cached: SiteEnv | undefined

/** Read at request time: the built server takes its configuration from the environment it runs in. */
export function siteEnv(): SiteEnv {
  if (cached) return cached
  const parsed = SiteEnv.safeParse(process.env)
  if (!parsed.success) throw new Error(explainEnvError(parsed.error))
  cached = parsed.data
  return cached
}
