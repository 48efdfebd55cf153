import { z } from 'zod'

import { Id, relation } from './common'

/** What the sitemap needs of a document to write its address: its slug or number, its last change. */
export const AddressFacts = z.object({
  id: Id,
  slug: z.string().nullish(),
  number: z.number().nullish(),
  issue: relation(z.object({ id: Id })).nullish(),
  show: relation(z.object({ id: Id })).nullish(),
  updatedAt: z.string().nullish(),
})
export type AddressFacts = z.infer<typeof AddressFacts>
