import type { JobsConfig } from 'payload'

import { invalidateSiteCache } from './invalidateSiteCache'

/**
 * Jobs normally run the moment they are queued; the scheduled runner only picks up retries and
 * scheduled publications. It runs in the CMS server alone, never in scripts or tests.
 */
export const jobs = (autoRun: boolean): JobsConfig => ({
  tasks: [invalidateSiteCache],
  deleteJobOnComplete: true,
  shouldAutoRun: () => autoRun,
  autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 50 }],
})
