import type { Where } from 'payload'

import { hasRole, houseIdsOf, type StaffUser } from '../access/staff'

/**
 * The views of the content lists, chosen by two parameters of the admin's address, so that each
 * view is a link one can bookmark or share: `maisons` (`miennes` | `toutes`) and, for events,
 * `periode` (`a-venir` | `passes` | `tous`). Lists opened without them (in a relationship drawer)
 * show everything.
 */
export const LIST_VIEWS = {
  maisons: { miennes: 'Mes maisons', toutes: 'Toutes les maisons' },
  periode: { 'a-venir': 'À venir', passes: 'Passés', tous: 'Tous' },
} as const

export type ListViewParameter = keyof typeof LIST_VIEWS

/** The view an editor lands on: their houses' content, upcoming events first. Admins see every house. */
export const defaultListView = (role: StaffUser['role'] | undefined): Record<ListViewParameter, string> => ({
  maisons: role === 'editor' ? 'miennes' : 'toutes',
  periode: 'a-venir',
})

type Query = Record<string, unknown> | undefined

/** Content one of the person's houses owns, or the cooperation: what « Mes maisons » lists. */
export function houseViewFilter(user: StaffUser | null | undefined, query: Query): Where | null {
  if (query?.maisons !== 'miennes' || !hasRole(user, 'editor')) return null
  return { or: [{ houses: { in: houseIdsOf(user) } }, { cooperation: { equals: true } }] }
}

/**
 * Events by period, measured on their last date (`lastDate`, empty for a series without end):
 * « À venir » lists those that have a date still to come, « Passés » those entirely over.
 */
export function periodViewFilter(query: Query, now = new Date()): Where | null {
  const today = now.toISOString()
  if (query?.periode === 'a-venir')
    return { or: [{ lastDate: { greater_than_equal: today } }, { lastDate: { exists: false } }] }
  if (query?.periode === 'passes') return { lastDate: { less_than: today } }
  return null
}

/** The constraints of the chosen views together, or null when the list shows everything. */
export const combineViews = (...filters: (Where | null)[]): Where | null => {
  const chosen = filters.filter((filter): filter is Where => filter !== null)
  if (chosen.length === 0) return null
  return chosen.length === 1 ? chosen[0]! : { and: chosen }
}
