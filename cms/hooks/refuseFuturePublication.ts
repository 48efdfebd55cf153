import type { CollectionBeforeChangeHook } from 'payload'

import { fieldRefusal } from './refusal'

/** Clocks differ a little between a browser and the server: a date this close is now. */
const TOLERANCE_MS = 5 * 60_000

/** What an editor reads under « Date de publication » (no colon: the admin's toast cuts there). */
export const FUTURE_PUBLICATION =
  'Cette date de publication est à venir. Pour publier plus tard, enregistrez le brouillon puis utilisez « Planifier la publication ».'

/**
 * Refuses to publish an article or an episode dated in the future (`publishedAt`), on that field:
 * the site and the feeds show published documents at once, so the date would be false for every
 * reader until then, and a podcast item with a future `pubDate` is shown by some apps and hidden
 * by others. Publishing later is what Payload's scheduled publication does. Drafts keep any date.
 */
export const refuseFuturePublication: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data._status ?? originalDoc?._status
  const publishedAt = data.publishedAt ?? originalDoc?.publishedAt
  if (status !== 'published' || !publishedAt) return data
  const at = Date.parse(String(publishedAt))
  if (at > Date.now() + TOLERANCE_MS)
    throw fieldRefusal('published-in-future', { path: 'publishedAt', message: FUTURE_PUBLICATION })
  return data
}
