import type { PayloadRequest } from 'payload'

import { DRAFT_FIELD } from '../../../../schemas/collections/contributions'
import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import type { Contribution } from '../../../../schemas/payload-types'
import { copiesOf } from './copiedUpload'

/**
 * Deletes what « Créer le brouillon » made from a contribution: the article, event or episode of its
 * `draft` relation, whatever became of it since (published, edited), with its versions, then the
 * copies of the resident's files made for it (after the draft, which points at them): an
 * episode's Audio copy of the recording, an article's Media copies of the photos (`copiesOf`).
 * Through Payload, so each collection's hooks run: the site drops the pages and the files leave
 * the disk. Call it inside the caller's transaction; a document already deleted
 * by staff is skipped.
 */
export async function deleteDerivedContent(req: PayloadRequest, contribution: Contribution): Promise<void> {
  const draft = contribution[DRAFT_FIELD]
  const draftId = draft ? relationId(draft.value) : null
  if (draft && draftId !== null) {
    const found = await req.payload.findByID({
      collection: draft.relationTo,
      id: draftId,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (found) await req.payload.delete({ collection: draft.relationTo, id: draftId, overrideAccess: true, req })
  }
  // Whatever its kind is now: moderation may have changed it since the copies were made.
  for (const collection of [slugs.audio, slugs.media] as const) {
    for (const { id } of await copiesOf(req, collection, contribution.id))
      await req.payload.delete({ collection, id, overrideAccess: true, req })
  }
}
