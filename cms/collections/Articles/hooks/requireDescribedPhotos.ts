import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import { type FieldProblem, fieldRefusal } from '../../../hooks/refusal'
import { PHOTO_ALT_PENDING } from '../../Contributions/draftPhotos'
import { mediaInText } from '../../../hooks/mediaInText'

/**
 * Refuses to publish an article that shows a photo nobody has described yet: a resident's photo
 * copied by « Créer le brouillon » keeps the text alternative « … : à décrire avant publication »
 * (see `pendingPhotoAlt`) until an editor writes what it shows, and people who do not see the
 * photo would otherwise hear only that. One French message under the image field, one under the
 * text. Drafts are saved as they are.
 */
export const requireDescribedPhotos: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const doc = { ...(originalDoc as Record<string, unknown> | undefined), ...(data as Record<string, unknown>) }
  if (doc._status !== 'published') return data
  const imageId = relationId(doc.image as never)
  const image = imageId === null ? null : String(imageId)
  const inText = mediaInText((doc.body as { root?: Parameters<typeof mediaInText>[0] } | undefined)?.root)
  const ids = [...new Set([...(image === null ? [] : [image]), ...inText])]
  if (ids.length === 0) return data
  const { docs } = await req.payload.find({
    collection: slugs.media,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const pending = new Set(
    docs.filter((media) => media.alt?.trim().endsWith(PHOTO_ALT_PENDING)).map(({ id }) => String(id)),
  )
  const problems: FieldProblem[] = []
  if (image !== null && pending.has(image))
    problems.push({
      path: 'image',
      message:
        'Pour publier, décrivez l’image de l’article : son texte alternatif dit encore « à décrire avant publication ». Ouvrez-la et écrivez ce qu’elle montre.',
    })
  if (inText.some((id) => pending.has(id)))
    problems.push({
      path: 'body',
      message:
        'Pour publier, décrivez les photos du texte : leur texte alternatif dit encore « à décrire avant publication ». Ouvrez chacune et écrivez ce qu’elle montre.',
    })
  if (problems.length > 0) throw fieldRefusal('incomplete-for-publishing', problems)
  return data
}
