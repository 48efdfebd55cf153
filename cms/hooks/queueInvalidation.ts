import type { Payload, PayloadRequest } from 'payload'

import { INVALIDATE_TASK } from '../jobs/invalidateSiteCache'

const COMMIT_WAIT_MS = 10_000
const POLL_MS = 25

/**
 * Queues the invalidation with the change (inside its transaction where the database has them, so it
 * exists exactly when the change does), then runs it as soon as it is visible, instead of waiting
 * for the next scheduled run. A rolled-back change never shows its job, and nothing is sent.
 * `stillPublic`: what changed is public after the change (see schemas/invalidation.ts).
 */
export async function queueInvalidation(req: PayloadRequest, tags: string[], stillPublic = false): Promise<void> {
  const job = await req.payload.jobs.queue({ task: INVALIDATE_TASK, input: { tags, stillPublic }, req })
  const run = runOnceCommitted(req.payload, job.id).catch((error: unknown) => {
    req.payload.logger.warn({ err: error }, 'Could not run the site invalidation now; the jobs queue will run it.')
  })
  inFlight.add(run)
  void run.finally(() => inFlight.delete(run))
}

const inFlight = new Set<Promise<void>>()

/** Resolves once the invalidations started so far are done: shut the database down only after. */
export const settleInvalidations = async (): Promise<void> => {
  await Promise.all([...inFlight])
}

async function runOnceCommitted(payload: Payload, id: number | string): Promise<void> {
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (Date.now() < deadline) {
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { id: { equals: id } } })
    if (totalDocs > 0) {
      // Run only if the scheduled runner has not taken it meanwhile (`processing` still false):
      // `runByID` would run it a second time beside that runner.
      await payload.jobs.run({ where: { id: { equals: id } }, silent: true }).catch((error: unknown) => {
        payload.logger.warn({ err: error }, 'Site invalidation failed; the jobs queue will retry it.')
      })
      return
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
