import { z } from 'zod'

import { explainEnvError, httpOrigin, secret, trustProxy } from '../../schemas/env'

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
  /** The contribution form's limits count residents by the address the reverse proxy saw (see the CMS's). */
  TRUST_PROXY: trustProxy,
})
export type SiteEnv = z.infer<typeof SiteEnv>

let cached: SiteEnv | undefined

/** Read at request time: the built server takes its configuration from the environment it runs in. */
export function siteEnv(): SiteEnv {
  if (cached) return cached
  const parsed = SiteEnv.safeParse(process.env)
  if (!parsed.success) throw new Error(explainEnvError(parsed.error))
  cached = parsed.data
  return cached
}
