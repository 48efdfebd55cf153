import type { CollectionBeforeChangeHook } from 'payload'

import { podcastGuid, radioPaths } from '../../../../schemas/radio/addresses'
import type { Show } from '../../../../schemas/payload-types'
import { cmsEnv } from '../../../env'

/**
 * Gives a show its `podcast:guid` from its feed's address on first save, then keeps it forever:
 * apps follow a moved feed by this identifier, so a new address or slug must not change it.
 */
export const assignPodcastGuid: CollectionBeforeChangeHook<Show> = ({ data, originalDoc }) => {
  const kept = originalDoc?.podcastGuid
  if (kept) data.podcastGuid = kept
  else if (data.slug) data.podcastGuid = podcastGuid(`${cmsEnv().SITE_URL}${radioPaths.showFeed(data.slug)}`)
  return data
}
