import { describe, expect, it } from 'vitest'

import {
  type ContributionStatus,
  mayMoveTo,
  refusedMove,
  STATUS_TRANSITIONS,
} from '../../schemas/contributions/statusTransitions'
import { contributionStatuses } from '../../schemas/vocabularies'

const statuses = contributionStatuses.values

/** The whole table, written out: every pair of statuses and whether moderation may take that step. */
const allowed: Record<ContributionStatus, ContributionStatus[]> = {
  received: ['received', 'in-review', 'accepted', 'rejected'],
  'in-review': ['in-review', 'accepted', 'rejected'],
  accepted: ['in-review', 'accepted', 'rejected', 'published'],
  rejected: ['in-review', 'rejected'],
  published: ['accepted', 'published'],
}

describe('the order of moderation statuses', () => {
  it('names every status of the vocabulary, and only statuses of it', () => {
    expect(Object.keys(STATUS_TRANSITIONS).sort()).toEqual([...statuses].sort())
    for (const next of Object.values(STATUS_TRANSITIONS))
      for (const status of next) expect(contributionStatuses.has(status)).toBe(true)
  })

  it.each(statuses.flatMap((from) => statuses.map((to) => [from, to] as const)))(
    '%s → %s follows the table',
    (from, to) => {
      expect(mayMoveTo(from, to)).toBe(allowed[from].includes(to))
      expect(refusedMove(from, to) === null).toBe(allowed[from].includes(to))
    },
  )

  it('never publishes what was not accepted first', () => {
    for (const from of statuses.filter((status) => status !== 'accepted' && status !== 'published'))
      expect(mayMoveTo(from, 'published')).toBe(false)
  })

  it('leaves no status a dead end: every one can be left', () => {
    for (const from of statuses) expect(STATUS_TRANSITIONS[from].length).toBeGreaterThan(0)
  })

  it('says it on one line the admin’s toast shows whole: no colon, where it would cut the message', () => {
    for (const from of statuses)
      for (const to of statuses) {
        const refused = refusedMove(from, to)
        if (refused) expect(refused).not.toMatch(/[:\n]/)
      }
  })

  it('says in French where a refused step may go instead', () => {
    expect(refusedMove('received', 'published')).toBe(
      'Une contribution « Reçue » ne peut pas passer directement à « Publiée ». Elle peut passer à ' +
        '« En cours de relecture », « Acceptée » ou « Refusée ».',
    )
    expect(refusedMove('rejected', 'accepted')).toBe(
      'Une contribution « Refusée » ne peut pas passer directement à « Acceptée ». Elle peut passer à ' +
        '« En cours de relecture ».',
    )
  })
})
