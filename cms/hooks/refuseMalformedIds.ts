import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

import { refusal } from './refusal'

/** How a SQLite document id is written in an address: a whole number, without sign, point or exponent. */
const WHOLE_NUMBER = /^[0-9]+$/

/**
 * Answers 404 to a REST address whose document id (`/api/<collection>/<id>`, `/<id>/duplicate`,
 * custom `/:id/…` endpoints) cannot name a document. Payload turns the id into a number with
 * `parseFloat`: `abc` became NaN, which the SQLite driver rejects (a 500 with a stack trace in the
 * log), and `12abc` became 12 (another document's address). Only where ids are numbers (SQLite);
 * MongoDB's text ids are left to its adapter, which finds nothing for a malformed one.
 */
export const refuseMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = req.routeParams?.id
  if (req.payload.db.defaultIDType === 'number' && typeof id === 'string' && !WHOLE_NUMBER.test(id))
    throw refusal('not-found', req.t('general:notFound'), 404)
  return args
}

/**
 * Puts {@link refuseMalformedId} first on every collection of the sanitised configuration, those
 * Payload adds itself (locks, preferences, jobs) included: one place for every document address.
 */
export function withWellFormedIds(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseMalformedId, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
