import type { PayloadRequest } from 'payload'

import { DRAFT_FIELD } from '../../../../schemas/collections/contributions'
import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import type { Contribution } from '../../../../schemas/payload-types'
import { DELETE_FILE_IN_USE } from '../../../uploads/refuseDeletingUsedFile'
import { copiesOf } from './copiedUpload'

/** The Media and Audio copies of a contribution's files, as `copiesOf` finds them. */
export type DerivedCopies = { collection: typeof slugs.audio | typeof slugs.media; id: number }[]

/**
 * The copies « Créer le brouillon » made of contribution `contributionId`'s files, in Audio and
 * Media, whatever its kind is now (moderation may have changed it since the copies were made).
 * Ask before deleting the contribution: its deletion unlinks them.
 */
export async function derivedCopies(req: PayloadRequest, contributionId: number | string): Promise<DerivedCopies> {
  const found: DerivedCopies = []
  for (const collection of [slugs.audio, slugs.media] as const)
    for (const { id } of await copiesOf(req, collection, contributionId)) found.push({ collection, id })
  return found
}

/**
 * Deletes what « Créer le brouillon » made from a contribution: the article, event or episode of its
 * `draft` relation, whatever became of it since (published, edited), with its versions, then
 * `copies` (`derivedCopies`, after the draft, which points at them): an episode's Audio copy of the
 * recording, an article's Media copies of the photos.
 * Through Payload, so each collection's hooks run: the site drops the pages and the files leave
 * the disk. Call it inside the caller's transaction; a document already deleted
 * by staff is skipped.
 */
export async function deleteDerivedContent(
  req: PayloadRequest,
  contribution: Contribution,
  copies: DerivedCopies,
): Promise<void> {
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
  // A withdrawn contribution's files leave even where staff used them elsewhere: consent is gone.
  for (const { collection, id } of copies)
    await req.payload.delete({ collection, id, overrideAccess: true, req, context: { [DELETE_FILE_IN_USE]: true } })
}
