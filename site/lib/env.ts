import { z } from 'zod'

import { explainEnvError, httpOrigin, secret } from '../../schemas/env'

const SiteEnv = z.object({
  CMS_URL: httpOrigin('CMS_URL').default('http://localhost:3000'),
  /** The site's public address: feeds give absolute addresses from it, whatever Host a request sent. */
  SITE_URL: httpOrigin('SITE_URL').default('http://localhost:4321'),
  SITE_INVALIDATION_SECRET: secret('SITE_INVALIDATION_SECRET'),
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
