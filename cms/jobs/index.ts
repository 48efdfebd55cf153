import type { JobsConfig } from 'payload'

import { isAdmin } from '../access/adminOnly'
import { invalidateSiteCache } from './invalidateSiteCache'
import { purgeContributionsTask } from './purgeContributions'
import { refreshStatisticsTask } from './refreshStatistics'
import { settleFileDeletionsTask } from './settleFileDeletions'

/**
 * Jobs normally run the moment they are queued; the scheduled runner only picks up retries,
 * scheduled publications, the daily retention run of contributions, the hourly settling of
 * deleted files and the daily refresh of the database's statistics. It runs in the CMS server alone, never in scripts or tests.
 * Over HTTP, only an admin may run, queue or cancel jobs (Payload lets any signed-in user by default);
 * the CMS's own hooks queue through the Local API, which does not ask.
 */
export const jobs = (autoRun: boolean): JobsConfig => ({
  access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
  tasks: [invalidateSiteCache, purgeContributionsTask, settleFileDeletionsTask, refreshStatisticsTask],
  deleteJobOnComplete: true,
  shouldAutoRun: () => autoRun,
  autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 50 }],
})
