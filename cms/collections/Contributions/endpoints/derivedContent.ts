import type { PayloadRequest } from 'payload'

import { DRAFT_FIELD } from '../../../../schemas/collections/contributions'
import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import type { Contribution } from '../../../../schemas/payload-types'

/**
 * The Audio documents copied from a contribution's recording: « Créer le brouillon » names the copy
 * after the episode's first slug, `<title>-contribution-<id>`, and the Audio collection adds a hash
 * (`…-contribution-12-0a1b2c3d4e5f.mp3`). Found by that name, they are found even when the episode
 * was given another file or its slug was changed since.
 */
async function copiedSounds(req: PayloadRequest, contributionId: number | string): Promise<number[]> {
  const marker = `contribution-${contributionId}`
  const { docs } = await req.payload.find({
    collection: slugs.audio,
    where: { filename: { like: marker } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const copy = new RegExp(`(^|-)${marker}[-.]`)
  return docs.filter((doc) => copy.test(doc.filename ?? '')).map((doc) => doc.id)
}

/**
 * Deletes what « Créer le brouillon » made from a contribution: the article, event or episode of its
 * `draft` relation, whatever became of it since (published, edited), with its versions, and for an
 * episode the Audio documents copied from the resident's recording (after the episode, which
 * points at them). Through Payload, so each collection's hooks run: the site drops the pages and
 * the files leave the disk. Call it inside the caller's transaction; a document already deleted
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
  if (contribution.kind === 'audio') {
    for (const id of await copiedSounds(req, contribution.id))
      await req.payload.delete({ collection: slugs.audio, id, overrideAccess: true, req })
  }
}
