import { slugs } from '../../../schemas/slugs'
import type { Contribution } from '../../../schemas/payload-types'

/**
 * The end of the text alternative a photo copied from a contribution starts with: nobody has
 * described it yet. Publishing an article is refused while one of its photos still says so
 * (see `requireDescribedPhotos`).
 */
export const PHOTO_ALT_PENDING = 'à décrire avant publication'

/** What moderation is told when a photo contribution's draft article is made without its photos. */
export const PHOTOS_LEFT_OUT =
  'Les photos n’ont pas été reprises dans le brouillon : la personne n’a pas l’accord des personnes reconnaissables (droit à l’image). Elles restent privées, avec la contribution.'

/**
 * Pure: the text alternative a copied photo gets until the editor describes it, in French, naming
 * the contributor only as they agreed to be named (`agreedName`), e.g. « Photo envoyée par Awa : à
 * décrire avant publication ». At most 300 characters, the Media collection's limit.
 */
export function pendingPhotoAlt(name: string | null): string {
  const by = name ? name.slice(0, 200) : 'un·e habitant·e'
  return `Photo envoyée par ${by}\u00a0: ${PHOTO_ALT_PENDING}`
}

/**
 * Pure: whether a contribution's photos may be copied where the public can see them. Only when the
 * contributor answered that nobody can be recognised or that those who can agreed (stored at
 * intake as `consent.imageRights`, see `photosMayBePublished`); no answer counts as no agreement.
 */
export const photosMayBeCopied = (contribution: Pick<Contribution, 'consent'>): boolean =>
  contribution.consent?.imageRights === true

type RichTextValue = { root: { children: unknown[]; [key: string]: unknown } }

/**
 * Pure: a Lexical upload node showing the Media document `id` as a block of the text (the shape
 * Payload's UploadFeature stores, version 3). Its own `id` is the node's key in the editor, made
 * from the document's so that the same body is built twice alike.
 */
export const mediaUploadNode = (id: number) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: id.toString(16).padStart(24, '0'),
  fields: null,
  relationTo: slugs.media,
  value: id,
})

/**
 * Pure: an article's data with its photos, Media document ids in the contributor's order: the
 * first becomes the article's `image` (shown at the top of its page and in previews), the others
 * follow the text in `body`, each as an upload block, so that no photo is shown twice. No photo:
 * the data as it was.
 */
export function withPhotos<Data extends { body: RichTextValue }>(
  data: Data,
  mediaIds: number[],
): Data & { image?: number } {
  const [first, ...rest] = mediaIds
  if (first === undefined) return data
  const body = {
    ...data.body,
    root: { ...data.body.root, children: [...data.body.root.children, ...rest.map(mediaUploadNode)] },
  }
  return { ...data, image: first, body }
}
