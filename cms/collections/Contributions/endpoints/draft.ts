import {
  APIError,
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { z } from 'zod'

import { DRAFT_FIELD } from '../../../../schemas/collections/contributions'
import { COPY_OF_FIELD } from '../../../../schemas/fields/contributionCopy'
import { WITHHELD_FIELD } from '../../../../schemas/fields/withheld'
import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import type { Contribution } from '../../../../schemas/payload-types'
import { hasRole } from '../../../access/staff'
import { agreedName, type ChosenShow, type DraftCollection, draftFromContribution } from '../draftFromContribution'
import { pendingPhotoAlt, photosMayBeCopied, PHOTOS_LEFT_OUT, withPhotos } from '../draftPhotos'
import { mayPublish } from '../hooks/requireConsent'
import { type CopiedUpload, removeCopiedUpload } from './copiedUpload'
import { contributionPhotos, type PhotoFile } from './photoFiles'
import { podcastSound } from './podcastSound'
import { contributionSound, type SoundFile } from './soundFile'

const refuse = (status: number, message: string, code: string, details: Record<string, unknown> = {}) =>
  Response.json({ errors: [{ message, data: { code, ...details } }] }, { status })

/** What moderation may send: only the show a sound becomes an episode of. Anything else is refused. */
const DraftRequest = z.strictObject({ show: z.number().int().positive().optional() })

/** The request's JSON body; none at all is `{}`, and unreadable JSON is `undefined`. */
async function bodyOf(req: PayloadRequest): Promise<unknown> {
  const text = (await req.text?.().catch(() => '')) ?? ''
  if (!text.trim()) return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The chosen show with its owners, or null when it does not exist. */
async function chosenShow(req: PayloadRequest, id: number): Promise<ChosenShow | null> {
  const show = await req.payload.findByID({
    collection: slugs.shows,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!show) return null
  const houses = (show.houses ?? []).map(relationId).filter((house): house is number => typeof house === 'number')
  return { id: show.id, houses, cooperation: Boolean(show.cooperation) }
}

type Made = { collection: DraftCollection; id: number }

/** Whether the account that asked may open the draft it made (moderation does not read unpublished content). */
async function mayRead(req: PayloadRequest, made: Made): Promise<boolean> {
  const found = await req.payload
    .findByID({
      collection: made.collection,
      id: made.id,
      depth: 0,
      draft: true,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  return Boolean(found)
}

/**
 * The answer to an error met while making a draft: a refusal (status below 500) with its own status,
 * code, French message and field errors; anything else is logged and answered 503, nothing kept.
 */
function answerTo(req: PayloadRequest, contribution: Contribution, error: unknown): Response {
  const refused = error instanceof APIError && error.status < 500 ? error : null
  if (refused) {
    const { code, errors } = (refused.data ?? {}) as { code?: string; errors?: unknown }
    return refuse(refused.status, refused.message, code ?? 'draft-refused', errors ? { errors } : {})
  }
  req.payload.logger.error({ err: error, msg: `Draft of contribution ${contribution.reference} not made` })
  return refuse(
    503,
    'Le brouillon n’a pas pu être créé pour le moment. Rien n’a été gardé : réessayez dans quelques minutes.',
    'draft-not-made',
  )
}

/**
 * The sound an episode made from this contribution gets: its recording, converted to MP3 when
 * podcast apps could not play it (see `podcastSound`), before any transaction opens (the
 * conversion takes seconds, in a worker thread). A refusal when it has none or it cannot be read.
 */
async function episodeSound(
  req: PayloadRequest,
  contribution: Contribution,
  base: string,
): Promise<SoundFile | Response> {
  const sound = await contributionSound(req, contribution, base)
  if (!sound) return refuse(409, 'Cette contribution n’a pas de fichier son lisible.', 'contribution-without-sound')
  return podcastSound(sound, base).catch((error: unknown) => answerTo(req, contribution, error))
}

/**
 * The photos the draft article of a photo contribution gets, in the contributor's order: none when
 * the contributor has no agreement from the people recognisable in them (`photosMayBeCopied`),
 * with the notice moderation reads (if it sent any); a refusal when one of them is missing from
 * the disk. (A
 * contribution that has its draft was refused before: its photos are never copied twice.)
 */
async function articlePhotos(
  req: PayloadRequest,
  contribution: Contribution,
  base: string,
): Promise<{ photos: PhotoFile[]; notice?: string } | Response> {
  if (contribution.kind !== 'photo') return { photos: [] }
  const photos = await contributionPhotos(req, contribution, base)
  if (!photosMayBeCopied(contribution))
    return photos?.length === 0 ? { photos: [] } : { photos: [], notice: PHOTOS_LEFT_OUT }
  if (!photos)
    return refuse(
      409,
      'Une photo de cette contribution est introuvable sur le serveur : le brouillon n’a pas été créé. Prévenez l’administrateur du hub.',
      'contribution-photo-missing',
    )
  return { photos }
}

/** What a draft takes from the contribution's files: a sound's recording, an article's photos. */
type DraftFiles = { sound: SoundFile | null; photos: PhotoFile[] }

/**
 * Creates the draft and links it from the contribution, in one transaction, after copying the
 * resident's files it shows into public collections through Payload, so their byte sniffing and
 * upload checks run (each copy marked as the contribution's and withheld from the public until the
 * draft is published, see `releaseShownFiles`): for a sound, its recording (MP3 or M4A) into Audio; for a photo contribution,
 * each photo into Media (owned like the article, with a text alternative to complete, the first
 * as the article's image and the others in its text, see `withPhotos`). If any step fails,
 * nothing stays, not even the copied files. A refusal of those checks is answered with its own
 * status, code and French message.
 */
async function createDraft(
  req: PayloadRequest,
  contribution: Contribution,
  plan: { collection: DraftCollection; data: Record<string, unknown> },
  files: DraftFiles,
): Promise<Made | Response> {
  let data = { ...plan.data }
  const owners = { houses: data.houses as number[], cooperation: Boolean(data.cooperation) }
  const copyOf = { ...owners, [COPY_OF_FIELD]: contribution.id, [WITHHELD_FIELD]: true }
  const copied: { collection: typeof slugs.audio | typeof slugs.media; doc: CopiedUpload }[] = []
  const ownTransaction = await initTransaction(req)
  try {
    if (files.sound) {
      const doc = await req.payload.create({
        collection: slugs.audio,
        data: { title: contribution.title, ...copyOf },
        file: files.sound,
        overrideAccess: true,
        req,
      })
      copied.push({ collection: slugs.audio, doc })
      data.audio = doc.id
    }
    const mediaIds: number[] = []
    for (const photo of files.photos) {
      const doc = await req.payload.create({
        collection: slugs.media,
        data: { alt: pendingPhotoAlt(agreedName(contribution)), ...copyOf },
        file: photo,
        overrideAccess: true,
        req,
      })
      copied.push({ collection: slugs.media, doc })
      mediaIds.push(doc.id)
    }
    data = withPhotos(data as { body: Parameters<typeof withPhotos>[0]['body'] }, mediaIds)
    const draft = await req.payload.create({
      collection: plan.collection,
      data: data as never,
      draft: true,
      overrideAccess: true,
      req,
    })
    await req.payload.update({
      collection: slugs.contributions,
      id: contribution.id,
      data: { [DRAFT_FIELD]: { relationTo: plan.collection, value: draft.id } },
      overrideAccess: true,
      req,
    })
    if (ownTransaction) await commitTransaction(req)
    return { collection: plan.collection, id: draft.id }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    for (const { collection, doc } of copied) await removeCopiedUpload(req, collection, doc)
    return answerTo(req, contribution, error)
  }
}

/**
 * `POST /api/contributions/:id/draft` (moderators and admins), with an optional JSON body
 * `{ show: <id> }` (required for a sound, refused for any other kind): turns an accepted
 * contribution into a draft article, event or episode (see `draftFromContribution`) and links it
 * from the contribution's `draft` field. Answers 201 `{ collection, id, readable, notice? }`,
 * `readable` saying whether the caller's own access lets them open the draft, `notice` (French)
 * what moderation must know about it: a photo contribution's article made without its photos
 * for want of image rights. Refusals, each with a French message and a stable `code`: 403 for
 * anyone else; 404 for an unknown contribution; 400 for a body with anything but a show, a
 * missing or unknown show, a sound that cannot be converted to MP3 (`sound-undecodable`,
 * `sound-too-long`) or a file the Audio or Media collection refuses; 409 when the contribution is
 * not accepted, already has its draft (its `collection` and `id` in the error's data), lacks the
 * consent to publication (`contribution-without-consent`), has an event without a date, a sound
 * without its file or a photo missing from the disk (`contribution-photo-missing`); 503 when the
 * draft could not be made for another reason (nothing kept).
 */
async function makeDraft(req: PayloadRequest): Promise<Response> {
  if (!hasRole(req.user, 'admin', 'moderator'))
    return refuse(403, 'Seule la modération peut transformer une contribution en brouillon.', 'forbidden')
  const contribution = await req.payload
    .findByID({ collection: slugs.contributions, id: String(req.routeParams?.id), depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!contribution) return refuse(404, 'Cette contribution n’existe pas (ou plus).', 'not-found')
  const body = DraftRequest.safeParse(await bodyOf(req))
  if (!body.success)
    return refuse(
      400,
      'Demande de brouillon illisible : seule l’émission (pour un son) peut être choisie ici, le reste vient de la contribution.',
      'draft-request-invalid',
    )
  const existing = contribution[DRAFT_FIELD]
  if (existing)
    return refuse(
      409,
      'Cette contribution a déjà son brouillon : ouvrez-le depuis le champ « Brouillon créé ».',
      'contribution-draft-exists',
      { collection: existing.relationTo, id: relationId(existing.value) },
    )
  if (contribution.status !== 'accepted' && contribution.status !== 'published')
    return refuse(
      409,
      'Seule une contribution acceptée devient un brouillon : changez d’abord son statut en « Acceptée ».',
      'contribution-not-accepted',
    )
  // A draft is made to be published: only from what the resident (and a parent) agreed to publish.
  if (!mayPublish(contribution.consent ?? {}))
    return refuse(
      409,
      'La personne n’a pas accepté que sa contribution soit publiée (ou l’autorisation parentale manque) : elle ne peut pas devenir un brouillon à publier.',
      'contribution-without-consent',
    )
  let show: ChosenShow | undefined
  if (body.data.show !== undefined) {
    const found = await chosenShow(req, body.data.show)
    if (!found)
      return refuse(400, 'L’émission choisie n’existe pas (ou plus) : choisissez-en une autre.', 'show-not-found')
    show = found
  }
  const plan = draftFromContribution(contribution, new Date().toISOString(), show)
  if ('refused' in plan)
    return refuse(plan.code === 'contribution-event-without-date' ? 409 : 400, plan.refused, plan.code)
  const base = String(plan.data.slug)
  const sound = plan.collection === slugs.episodes ? await episodeSound(req, contribution, base) : null
  if (sound instanceof Response) return sound
  const photos = await articlePhotos(req, contribution, base)
  if (photos instanceof Response) return photos
  const made = await createDraft(req, contribution, plan, { sound, photos: photos.photos })
  if (made instanceof Response) return made
  req.payload.logger.info(`Contribution ${contribution.reference} made into draft ${made.collection} ${made.id}`)
  const notice = photos.notice ? { notice: photos.notice } : {}
  return Response.json({ ...made, ...notice, readable: await mayRead(req, made) }, { status: 201 })
}

export const draftFromContributionEndpoint: Endpoint = { path: '/:id/draft', method: 'post', handler: makeDraft }
