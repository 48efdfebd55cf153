import { houseIdsOf as storedHouseIds, type Relation, relationId } from '../../schemas/relations'
import type { Role } from '../../schemas/slugs'

/** The part of a signed-in account that access rules look at. */
export type StaffUser = {
  id: number | string
  role?: Role | null
  houses?: Relation[] | null
  collection?: string
}

/** A relation's id as a string, for comparing ids of either database. */
export const refId = (ref: Relation): string => String(relationId(ref))

export const hasRole = (user: StaffUser | null | undefined, ...roles: Role[]): boolean =>
  Boolean(user?.role && roles.includes(user.role))

/** The houses an account belongs to, as strings (see `schemas/relations.ts`). */
export const houseIdsOf = (user: StaffUser | null | undefined): string[] => storedHouseIds(user).map(String)
