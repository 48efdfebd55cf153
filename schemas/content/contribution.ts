import { z } from 'zod'

import { contributionKinds } from '../vocabularies'
import { Id, relation } from './common'

/** A published contribution as the public listing shows it (never the contributor's identity). */
export const PublishedContribution = z.object({
  id: Id,
  kind: contributionKinds.schema,
  title: z.string(),
  content: z.string().nullish(),
  signature: z.string().nullish(),
  neighbourhood: relation(z.object({ id: Id, name: z.string() })).nullish(),
  publishedAt: z.string().nullish(),
})
export type PublishedContribution = z.infer<typeof PublishedContribution>
