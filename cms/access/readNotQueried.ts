import type { FieldAccess } from 'payload'

/**
 * For a field that an afterRead hook filters for anonymous readers (an episode's people and
 * transcript: `hideUnconsentedNames`): anonymous readers get it on a document, where the hook has
 * already taken out what they may not see, but may never filter or sort on it, since the database
 * would answer from the raw value (`where[people.name][equals]=…` found the episodes of a person
 * who refused to be named). Payload asks a field's read rule without a document when it checks the
 * paths of a query, a sort or a `distinct` (and refuses those it denies), with the document when it
 * reads one. Staff query everything.
 */
export const readNotQueriedAnonymously: FieldAccess = ({ req, doc }) => Boolean(req.user) || doc !== undefined
