import type { CollectionAfterReadHook } from 'payload'

import type { Episode } from '../../../../schemas/payload-types'
import { withConsentedVoices } from '../../../../schemas/radio/voices'

/**
 * What anonymous readers of the API (the site, anyone else) get of an episode: only the people who
 * agreed to be named, and its transcript with the other voices as « Intervenant·e »
 * (`withConsentedVoices`). Staff read everything, and so does the CMS's own code (the Local API),
 * which may write back what it read: a name left out there would be lost. The hook filters after
 * the database answered, so anonymous readers may not query or sort on these fields either
 * (`readNotQueriedAnonymously` on them, in the collection).
 */
export const hideUnconsentedNames: CollectionAfterReadHook<Episode> = ({ doc, req }) => {
  if (req.user || req.payloadAPI === 'local') return doc
  const people = doc.people ?? []
  return {
    ...doc,
    ...(doc.people ? { people: people.filter((person) => person.consent) } : {}),
    ...(doc.transcript ? { transcript: withConsentedVoices(doc.transcript, people) } : {}),
  }
}
