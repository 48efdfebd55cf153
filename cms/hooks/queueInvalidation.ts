import type { Payload, PayloadRequest } from 'payload'

import { INVALIDATE_TASK } from '../jobs/invalidateSiteCache'

const COMMIT_WAIT_MS = 10_000
const POLL_MS = 10

/**
 * Queues the invalidation inside the change's own transaction (so it exists exactly when the change
 * does), then runs it as soon as that transaction is committed instead of waiting for the next
 * scheduled run. A rolled-back change never shows its job, and nothing is sent.
 */
export async function queueInvalidation(req: PayloadRequest, tags: string[]): Promise<void> {
  const job = await req.payload.jobs.queue({ task: INVALIDATE_TASK, input: { tags }, req })
  void runOnceCommitted(req.payload, job.id)
}

async function runOnceCommitted(payload: Payload, id: number | string): Promise<void> {
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (Date.now() < deadline) {
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { id: { equals: id } } })
    if (totalDocs > 0) {
      await payload.jobs.runByID({ id, silent: true }).catch((error: unknown) => {
        payload.logger.warn({ err: error }, 'Site invalidation failed; the jobs queue will retry it.')
      })
      return
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
