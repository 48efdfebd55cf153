import type { CollectionBeforeChangeHook } from 'payload'

import type { Event } from '../../../../schemas/payload-types'
import { relationId } from '../../../../schemas/relations'

/**
 * « Dans une maison » with no house chosen means the house that holds the event, when there is
 * exactly one: the public page then says where instead of an empty « Où ». With several houses
 * or the cooperation, the person must choose (see eventPublishingRules).
 */
export const venueFromOwner: CollectionBeforeChangeHook<Event> = ({ data, originalDoc }) => {
  const venue = { ...originalDoc?.venue, ...data.venue }
  const houses = data.houses ?? originalDoc?.houses ?? []
  const cooperation = data.cooperation ?? originalDoc?.cooperation
  if (venue.kind === 'elsewhere' || venue.house || cooperation || houses.length !== 1) return data
  data.venue = { ...venue, house: relationId(houses[0]) as number }
  return data
}
