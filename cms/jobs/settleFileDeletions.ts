import type { TaskConfig } from 'payload'

import { type Settled, settlePendingDeletions } from '../uploads/pendingDeletions'

export const SETTLE_FILE_DELETIONS_TASK = 'settleFileDeletions'

/**
 * How old a kept file must be before the running CMS settles it: far longer than any deletion or
 * replacement lasts (its image sizes included), so that an operation still in flight is never
 * settled under its feet.
 */
export const SETTLE_AFTER_MS = 60 * 60 * 1000

/**
 * The hourly settling of the files deletions and replacements kept (`uploads/pendingDeletions.ts`):
 * without a crash it drops them; it gives back the file of a deletion that was rolled back.
 */
export const settleFileDeletionsTask: TaskConfig<{ input: Record<string, never>; output: Settled }> = {
  slug: SETTLE_FILE_DELETIONS_TASK,
  label: 'Terminer les suppressions de fichiers',
  schedule: [{ cron: '0 40 * * * *', queue: 'default' }],
  retries: { attempts: 3 },
  outputSchema: [
    { name: 'restored', type: 'json' },
    { name: 'dropped', type: 'json' },
  ],
  handler: async ({ req }) => ({
    output: await settlePendingDeletions(req.payload, new Date(Date.now() - SETTLE_AFTER_MS)),
  }),
}
