import type { Role } from '../../schemas/slugs'

type Ref = number | string | { id: number | string }

/** The part of a signed-in account that access rules look at. */
export type StaffUser = {
  id: number | string
  role?: Role | null
  houses?: Ref[] | null
  collection?: string
}

export const refId = (ref: Ref): string => String(typeof ref === 'object' ? ref.id : ref)

export const hasRole = (user: StaffUser | null | undefined, ...roles: Role[]): boolean =>
  Boolean(user?.role && roles.includes(user.role))

export const houseIdsOf = (user: StaffUser | null | undefined): string[] => (user?.houses ?? []).map(refId)
