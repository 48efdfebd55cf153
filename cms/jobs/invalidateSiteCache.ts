import type { TaskConfig } from 'payload'

import { signInvalidation } from '../../schemas/invalidation'
import { cmsEnv } from '../env'

export const INVALIDATE_TASK = 'invalidateSiteCache'

/**
 * Tells the site which cache tags changed. A failure (site down, bad answer) throws, so the jobs
 * queue retries with growing delays and no invalidation is lost.
 */
export const invalidateSiteCache: TaskConfig<{
  input: { tags: string[]; stillPublic?: boolean | null }
  output: { status: number }
}> = {
  slug: INVALIDATE_TASK,
  label: 'Rafraîchir le site',
  retries: { attempts: 12, backoff: { type: 'exponential', delay: 500 } },
  inputSchema: [
    { name: 'tags', type: 'json', required: true },
    { name: 'stillPublic', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  handler: async ({ input }) => {
    const env = cmsEnv()
    const body = JSON.stringify({ tags: input.tags, stillPublic: input.stillPublic === true })
    const response = await fetch(`${env.SITE_URL}/api/cache/invalidate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-coope-signature': signInvalidation(body, env.SITE_INVALIDATION_SECRET),
      },
      body,
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) throw new Error(`Site answered ${response.status} to a cache invalidation.`)
    return { output: { status: response.status } }
  },
}
