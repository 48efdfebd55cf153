import { contributionStatuses } from '../vocabularies'
import type { ValueOf } from '../vocabulary'

/** Where a contribution stands in moderation (`contributionStatuses`). */
export type ContributionStatus = ValueOf<typeof contributionStatuses>

/**
 * The order of moderation: from each status, the statuses a contribution may move to next.
 * Nothing goes public without having been accepted, and a refusal is reconsidered by reviewing the
 * contribution again, never by publishing it at once.
 *
 * - « Reçue » → « En cours de relecture », « Acceptée » or « Refusée » (a short text is decided at once);
 * - « En cours de relecture » → « Acceptée » or « Refusée »;
 * - « Acceptée » → « Publiée », back to « En cours de relecture », or « Refusée » (before publication);
 * - « Refusée » → « En cours de relecture » (reconsidered);
 * - « Publiée » → « Acceptée » (taken off the site: the same step the consent check takes when
 *   the contributor withdraws their agreement to publication).
 */
export const STATUS_TRANSITIONS: Readonly<Record<ContributionStatus, readonly ContributionStatus[]>> = {
  received: ['in-review', 'accepted', 'rejected'],
  'in-review': ['accepted', 'rejected'],
  accepted: ['published', 'in-review', 'rejected'],
  rejected: ['in-review'],
  published: ['accepted'],
}

/** True when moderation may move a contribution from `from` to `to`; staying where it is always is. */
export function mayMoveTo(from: ContributionStatus, to: ContributionStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to)
}

/**
 * Why a move is refused, in French for staff, naming the statuses by their labels and the ones that
 * may follow (« Reçue » → « Publiée » : « … Elle peut passer à « En cours de relecture », « Acceptée »
 * ou « Refusée ». »); null when the move is allowed. One line without a colon: the admin's error
 * toast cuts a message at its first colon and lists the commas after it as separate errors.
 */
export function refusedMove(from: ContributionStatus, to: ContributionStatus): string | null {
  if (mayMoveTo(from, to)) return null
  const quoted = STATUS_TRANSITIONS[from].map((status) => `« ${contributionStatuses.label(status)} »`)
  const next = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ou ${quoted.at(-1)}` : quoted[0]
  return (
    `Une contribution « ${contributionStatuses.label(from)} » ne peut pas passer directement à ` +
    `« ${contributionStatuses.label(to)} ». Elle peut passer à ${next}.`
  )
}
