import { z } from 'zod'

import { Id } from './common'

/** A published document found by one of its former addresses: only what a redirect needs. */
export const MovedDocument = z.object({ id: Id, slug: z.string().min(1) })
export type MovedDocument = z.infer<typeof MovedDocument>
