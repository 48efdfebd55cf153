/** A relation as Payload returns it: the related document when populated (depth ≥ 1), else its id. */
export type Relation<T extends { id: number | string } = { id: number | string }> = T | number | string

/**
 * The id of a related document, populated or not, as Payload stores it (a number on SQLite, a
 * string on MongoDB); null for an empty relation. Compare ids with `sameId`.
 */
export const relationId = (relation: Relation | null | undefined): number | string | null =>
  relation === null || relation === undefined ? null : typeof relation === 'object' ? relation.id : relation

/** Whether a relation points at the document with this id, whatever the database's id type. */
export const sameId = (relation: Relation | null | undefined, id: number | string): boolean =>
  relation !== null && relation !== undefined && String(relationId(relation)) === String(id)

/** The related document when Payload populated it; null when only an id came (not readable, or depth 0). */
export const populated = <T extends { id: number | string }>(relation: Relation<T> | null | undefined): T | null =>
  typeof relation === 'object' && relation !== null ? relation : null

/**
 * The houses an account belongs to, as stored ids: the one definition the CMS's access rules and
 * the "new content belongs to the editor's houses" default both use.
 */
export const houseIdsOf = (user: { houses?: Relation[] | null } | null | undefined): (number | string)[] =>
  (user?.houses ?? []).map((house) => relationId(house) ?? '').filter((id) => id !== '')
