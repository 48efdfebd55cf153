import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { adminOnly } from '../../cms/access/adminOnly'
import { canOwn, createHouseContent, editableByUser, updateHouseContent } from '../../cms/access/houseContent'
import { contributionReaders } from '../../cms/access/contributionReaders'
import { moderators } from '../../cms/access/moderation'
import { ownersOfCopy } from '../../cms/access/ownersOfCopy'
import { updateOwnHouse } from '../../cms/access/ownHouse'
import { publishedOrStaff } from '../../cms/access/publishedOrStaff'
import { releasedOrStaff, staffField } from '../../cms/access/releasedOrStaff'
import { removedOwner } from '../../cms/access/removedOwner'
import { adminOrSelf } from '../../cms/access/self'
import { sharedBeyond } from '../../cms/access/sharedBeyond'
import type { StaffUser } from '../../cms/access/staff'
import { versionsForEditors } from '../../cms/access/versionsForEditors'

/** The predicates alone, on plain accounts: no database involved. */
const admin: StaffUser = { id: 1, role: 'admin' }
const editorA: StaffUser = { id: 2, role: 'editor', houses: [10] }
const editorAB: StaffUser = { id: 3, role: 'editor', houses: [{ id: 10 }, { id: 20 }] }
const moderator: StaffUser = { id: 4, role: 'moderator', houses: [10] }
const homeless: StaffUser = { id: 5, role: 'editor', houses: [] }

const args = (user: StaffUser | null, data?: unknown) => ({ req: { user } as unknown as PayloadRequest, data })

describe('access predicates', () => {
  it('canOwn: admins own anything; editors their houses or the cooperation; nobody else', () => {
    expect(canOwn(admin, { houses: [99] })).toBe(true)
    expect(canOwn(editorA, { houses: [10, 20] })).toBe(true)
    expect(canOwn(editorA, { houses: [20] })).toBe(false)
    expect(canOwn(editorA, { cooperation: true, houses: [] })).toBe(true)
    expect(canOwn(editorAB, { houses: [{ id: 20 }] })).toBe(true)
    expect(canOwn(moderator, { houses: [10] })).toBe(false)
    expect(canOwn(null, { cooperation: true })).toBe(false)
  })

  it('editableByUser: a query on the cooperation flag and the editor’s houses', () => {
    expect(editableByUser(admin)).toBe(true)
    expect(editableByUser(editorAB)).toEqual({
      or: [{ cooperation: { equals: true } }, { houses: { in: ['10', '20'] } }],
    })
    expect(editableByUser(moderator)).toBe(false)
    expect(editableByUser(null)).toBe(false)
  })

  it('createHouseContent: without owners, only an editor with a house (it becomes the owner)', () => {
    expect(createHouseContent(args(editorA, { title: 'x' }))).toBe(true)
    expect(createHouseContent(args(homeless, { title: 'x' }))).toBe(false)
    expect(createHouseContent(args(moderator, { title: 'x' }))).toBe(false)
    expect(createHouseContent(args(editorA, { houses: [20] }))).toBe(false)
  })

  it('updateHouseContent: no handing over to a house that is not the editor’s', () => {
    expect(updateHouseContent(args(editorA, { houses: [20] }))).toBe(false)
    expect(updateHouseContent(args(editorA, { title: 'x' }))).toEqual(editableByUser(editorA))
  })

  it('the other rules, role by role', () => {
    const roles = [null, admin, editorA, moderator]
    const outcome = (rule: (a: ReturnType<typeof args>) => unknown) => roles.map((user) => rule(args(user)))
    const published = { _status: { equals: 'published' } }
    expect(outcome(adminOnly as never)).toEqual([false, true, false, false])
    expect(outcome(moderators as never)).toEqual([false, true, false, true])
    expect(outcome(publishedOrStaff as never)).toEqual([published, true, true, published])
    const released = { withheld: { not_equals: true } }
    expect(outcome(releasedOrStaff as never)).toEqual([released, true, true, true])
    expect(outcome(staffField as never)).toEqual([false, true, true, true])
    const publicContribution = { status: { equals: 'published' } }
    expect(outcome(contributionReaders as never)).toEqual([
      publicContribution,
      true,
      { or: [publicContribution, { houses: { in: ['10'] } }] },
      true,
    ])
    expect(contributionReaders(args(homeless) as never)).toEqual(publicContribution)
    expect(outcome(updateOwnHouse as never)).toEqual([false, true, { id: { in: ['10'] } }, false])
    expect(outcome(adminOrSelf as never)).toEqual([false, true, { id: { equals: 2 } }, { id: { equals: 4 } }])
  })

  it('removedOwner: only admins take the cooperation or another house off; editors add, or take their own off', () => {
    expect(removedOwner(editorA, { cooperation: true, houses: [10] }, { cooperation: false, houses: [10] })).toBe(
      'cooperation',
    )
    expect(removedOwner(editorA, { houses: [10, 20] }, { houses: [10] })).toBe('house')
    expect(removedOwner(editorA, { houses: [10] }, { houses: [10, 20] })).toBeNull()
    expect(removedOwner(editorAB, { houses: [10, 20, 30] }, { houses: [{ id: 30 }] })).toBeNull()
    expect(removedOwner(admin, { cooperation: true, houses: [10, 20] }, { houses: [30] })).toBeNull()
  })

  it('sharedBeyond: shared with the cooperation or a house not the editor’s, for everyone but admins', () => {
    expect(sharedBeyond(editorA, { houses: [10] })).toBe(false)
    expect(sharedBeyond(editorA, { houses: [10], cooperation: true })).toBe(true)
    expect(sharedBeyond(editorA, { houses: [10, 20] })).toBe(true)
    expect(sharedBeyond(editorAB, { houses: [{ id: 10 }, 20] })).toBe(false)
    expect(sharedBeyond(admin, { houses: [10, 20], cooperation: true })).toBe(false)
  })

  it('ownersOfCopy: an editor’s copy is their houses’, an admin’s keeps its owners', () => {
    expect(ownersOfCopy(editorAB)).toEqual({ cooperation: false, houses: [10, 20] })
    expect(ownersOfCopy(admin)).toBeUndefined()
    expect(ownersOfCopy(null)).toBeUndefined()
  })

  it('versionsForEditors: version history for admins and editors only', () => {
    expect([null, admin, editorA, moderator].map((user) => versionsForEditors(args(user) as never))).toEqual([
      false,
      true,
      true,
      false,
    ])
  })
})
