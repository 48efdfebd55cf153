import type { Payload, TaskConfig } from 'payload'

import { CONSENT_TEXT } from '../../schemas/contributions/submission'
import { relationId } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'

export const PURGE_CONTRIBUTIONS_TASK = 'purgeContributions'

/** What replaces a contributor's name once the retention period is over. */
export const ERASED_NAME = 'Coordonnées effacées'

/** A file received for longer than this without a contribution pointing at it was left by a failed sending. */
const ORPHAN_AFTER_MS = 60 * 60 * 1000

export type PurgeReport = { deleted: number; anonymised: number; orphanFiles: number }

const ids = (files: unknown): (number | string)[] =>
  (Array.isArray(files) ? files : []).map(relationId).filter((id): id is number | string => id !== null)

/** The consent record without the one personal detail it holds (the parent's name). */
const withoutParentName = (wording: string | null | undefined) =>
  (wording ?? '')
    .split('\n')
    .map((line) => (line.includes(CONSENT_TEXT.parentalConsent) ? line.replace(/ \([^)]*\)$/, ' (nom effacé)') : line))
    .join('\n')

/**
 * Applies the retention period of residents' contributions at `now`: past their `retainUntil` date,
 * a contribution that never went public is deleted with its files; one that was accepted or
 * published keeps its public part (text, chosen signature) and loses the contributor's name,
 * e-mail, phone and the parent's name. Files left by a sending that failed half way (no
 * contribution points at them after an hour) are deleted too.
 */
export async function purgeContributions(payload: Payload, now = new Date()): Promise<PurgeReport> {
  const report: PurgeReport = { deleted: 0, anonymised: 0, orphanFiles: 0 }
  const expired = await payload.find({
    collection: slugs.contributions,
    where: { retainUntil: { less_than_equal: now.toISOString() } },
    depth: 0,
    limit: 500,
    pagination: false,
  })
  for (const doc of expired.docs) {
    if (doc.status === 'accepted' || doc.status === 'published') {
      await payload.update({
        collection: slugs.contributions,
        id: doc.id,
        data: {
          contributor: { name: ERASED_NAME, email: null, phone: null },
          consent: { ...doc.consent, wording: withoutParentName(doc.consent?.wording) },
          retainUntil: null,
        },
        context: { retention: true },
      })
      report.anonymised++
    } else {
      await payload.delete({ collection: slugs.contributions, id: doc.id })
      for (const fileId of ids(doc.files)) await payload.delete({ collection: slugs.contributionFiles, id: fileId })
      report.deleted++
    }
  }
  const oldFiles = await payload.find({
    collection: slugs.contributionFiles,
    where: { createdAt: { less_than: new Date(now.getTime() - ORPHAN_AFTER_MS).toISOString() } },
    depth: 0,
    limit: 500,
    pagination: false,
  })
  for (const file of oldFiles.docs) {
    const used = await payload.count({ collection: slugs.contributions, where: { files: { in: [file.id] } } })
    if (used.totalDocs > 0) continue
    await payload.delete({ collection: slugs.contributionFiles, id: file.id })
    report.orphanFiles++
  }
  return report
}

/** The daily run of `purgeContributions` in Payload's jobs queue (03:15, the server's time). */
export const purgeContributionsTask: TaskConfig<{ input: Record<string, never>; output: PurgeReport }> = {
  slug: PURGE_CONTRIBUTIONS_TASK,
  label: 'Effacer les coordonnées des contributions après 12 mois',
  schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
  retries: { attempts: 3 },
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'anonymised', type: 'number' },
    { name: 'orphanFiles', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await purgeContributions(req.payload) }),
}
