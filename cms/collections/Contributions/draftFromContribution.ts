import { slugify } from '../../../schemas/fields/slug'
import { parisTime } from '../../../schemas/recurrence'
import { relationId } from '../../../schemas/relations'
import { slugs, TIME_ZONE } from '../../../schemas/slugs'
import type { Contribution } from '../../../schemas/payload-types'
import { toRichText } from '../../seed/lexical'

/** The collections a contribution can become a draft of. */
export type DraftCollection = typeof slugs.articles | typeof slugs.events

/** A draft to create, or why there is none (a French sentence for staff). */
export type DraftPlan =
  | { collection: DraftCollection; data: Record<string, unknown> }
  | { refused: string; code: 'contribution-kind-not-convertible' | 'contribution-event-without-date' }

/**
 * The name a draft may show, exactly as the contributor agreed: the public signature stored at
 * intake (full name, first name or pseudonym), or none for « Anonymement » or an empty signature.
 */
export function agreedName(contribution: Pick<Contribution, 'signature' | 'consent'>): string | null {
  if (contribution.consent?.signatureChoice === 'anonymous') return null
  return contribution.signature?.trim() || null
}

const paragraphs = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)

/**
 * Pure: the draft article (text, letter, photo) or event (event proposal) pre-filled from a
 * contribution, owned by the houses moderation chose (the cooperation when none). Only the title,
 * the text, the proposed date and place and the agreed name are carried over: never the
 * contributor's identity, contact or consent record. `now` dates the article (ISO string).
 */
export function draftFromContribution(contribution: Contribution, now: string): DraftPlan {
  const houses = (contribution.houses ?? []).map(relationId).filter((id) => id !== null)
  const ownership = { houses, cooperation: houses.length === 0 }
  const name = agreedName(contribution)
  // Another document may have the same title: the contribution's number keeps the address unique.
  const slug = `${slugify(contribution.title)}-contribution-${contribution.id}`.replace(/^-/, '')
  const body = toRichText(
    paragraphs(contribution.content).length ? paragraphs(contribution.content) : [contribution.title],
  )
  switch (contribution.kind) {
    case 'text':
    case 'letter':
    case 'photo':
      return {
        collection: slugs.articles,
        data: {
          title: contribution.title,
          slug,
          body,
          authors: name ? [{ kind: 'resident', name }] : [],
          publishedAt: now,
          ...ownership,
          _status: 'draft',
        },
      }
    case 'event-proposal': {
      const { date, time, place } = contribution.proposedEvent ?? {}
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        return {
          code: 'contribution-event-without-date',
          refused: 'Brouillon impossible : la proposition n’a pas de date (AAAA-MM-JJ). Ajoutez-la puis recommencez.',
        }
      }
      const at = time && /^\d{2}:\d{2}$/.test(time) ? time : null
      return {
        collection: slugs.events,
        data: {
          title: contribution.title,
          slug,
          summary: paragraphs(contribution.content)[0]?.slice(0, 300) ?? null,
          description: body,
          start: parisTime(date, at ?? '00:00').toISOString(),
          start_tz: TIME_ZONE,
          allDay: !at,
          venue: place ? { kind: 'elsewhere', name: place } : { kind: 'house', house: houses[0] ?? null },
          ...ownership,
          _status: 'draft',
        },
      }
    }
    default:
      return {
        code: 'contribution-kind-not-convertible',
        refused:
          'Un son ne devient pas un brouillon d’épisode automatiquement : créez l’épisode dans son émission et importez le fichier.',
      }
  }
}
