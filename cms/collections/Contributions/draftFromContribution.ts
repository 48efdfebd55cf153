import { slugify } from '../../../schemas/fields/slug'
import { isCalendarDay, parisTime } from '../../../schemas/recurrence'
import { relationId } from '../../../schemas/relations'
import { slugs, TIME_ZONE } from '../../../schemas/slugs'
import type { Contribution } from '../../../schemas/payload-types'
import { toRichText } from '../../seed/lexical'

/** The collections a contribution can become a draft of. */
export type DraftCollection = typeof slugs.articles | typeof slugs.events | typeof slugs.episodes

/** Why a contribution has no draft: a stable code, for clients and tests. */
export type DraftRefusalCode =
  'contribution-event-without-date' | 'contribution-show-missing' | 'contribution-show-not-for-kind'

/** A draft to create, or why there is none (a French sentence for staff). */
export type DraftPlan =
  { collection: DraftCollection; data: Record<string, unknown> } | { refused: string; code: DraftRefusalCode }

/** The show moderation chose for a sound's episode, with the owners the episode and its file take. */
export type ChosenShow = { id: number; houses: number[]; cooperation: boolean }

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
 * Pure: the draft article (text, letter, photo), event (event proposal) or episode (sound)
 * pre-filled from a contribution. Articles and events are owned by the houses moderation chose (the
 * cooperation when none); an episode belongs to `show`, which moderation must choose for a sound
 * and only for a sound, and takes that show's owners. Only the title, the text, the proposed date
 * and place and the agreed name are carried over: never the contributor's identity, contact or
 * consent record. An episode's `audio` and an article's photos are left for the caller, who copies
 * the files first (see `withPhotos`). `now` dates the article or episode (ISO string).
 */
export function draftFromContribution(contribution: Contribution, now: string, show?: ChosenShow): DraftPlan {
  const houses = (contribution.houses ?? []).map(relationId).filter((id) => id !== null)
  const ownership = { houses, cooperation: houses.length === 0 }
  const name = agreedName(contribution)
  // Another document may have the same title: the contribution's number keeps the address unique.
  const slug = `${slugify(contribution.title)}-contribution-${contribution.id}`.replace(/^-/, '')
  const body = toRichText(
    paragraphs(contribution.content).length ? paragraphs(contribution.content) : [contribution.title],
  )
  if (show && contribution.kind !== 'audio')
    return {
      code: 'contribution-show-not-for-kind',
      refused:
        'Une émission ne se choisit que pour un son : les autres contributions deviennent des articles ou des événements.',
    }
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
      // A day that does not exist (staff may edit it in the admin) would roll over to another one.
      if (!date || !isCalendarDay(date)) {
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
    case 'audio':
      if (!show)
        return {
          code: 'contribution-show-missing',
          refused: 'Choisissez l’émission dans laquelle ce son devient un épisode, puis recommencez.',
        }
      return {
        collection: slugs.episodes,
        data: {
          show: show.id,
          title: contribution.title,
          slug,
          description: (paragraphs(contribution.content).join('\n\n') || contribution.title).slice(0, 4000),
          // The contributor agreed to be named this way: the episode may name them (podcast:person).
          people: name ? [{ name, role: 'guest', consent: true }] : [],
          publishedAt: now,
          houses: show.houses,
          cooperation: show.cooperation,
          _status: 'draft',
        },
      }
  }
}
