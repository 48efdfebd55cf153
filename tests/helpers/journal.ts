import type { Payload } from 'payload'

import { slugs } from '../../schemas/slugs'

let number = 500

/**
 * Publishes a journal issue offering `pdf` (a Documents id): a PDF is public only once a published
 * issue offers it (cms/hooks/releaseShownFiles.ts). `owners`: the issue's houses, or the whole
 * cooperation. Each call takes the next issue number from
 * 501. Returns the issue's id.
 */
export async function publishIssueWith(
  payload: Payload,
  pdf: number,
  owners: { houses: number[] } | { cooperation: true },
): Promise<number> {
  number += 1
  const issue = await payload.create({
    collection: slugs.journalIssues,
    data: { number, date: '2026-12-01', title: `Numéro ${number}`, pdf, ...owners, _status: 'published' },
  })
  return issue.id
}
