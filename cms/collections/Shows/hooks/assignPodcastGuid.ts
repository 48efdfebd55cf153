import type { CollectionBeforeChangeHook } from 'payload'

import { podcastGuid, radioPaths } from '../../../../schemas/radio/addresses'
import type { Show } from '../../../../schemas/payload-types'
import { cmsEnv } from '../../../env'

/**
 * Gives a show its `podcast:guid` from its feed's address when it is first published, then keeps
 * it forever: apps follow a moved feed by this identifier, so a new address or slug must not
 * change it. Not before: a draft's address still follows its title (it may be « emission-2 »,
 * autosaved before the title was typed), and no app has seen its feed.
 */
export const assignPodcastGuid: CollectionBeforeChangeHook<Show> = ({ data, originalDoc }) => {
  const kept = originalDoc?.podcastGuid
  const published = (data._status ?? originalDoc?._status) === 'published'
  if (kept) data.podcastGuid = kept
  else if (published && data.slug)
    data.podcastGuid = podcastGuid(`${cmsEnv().SITE_URL}${radioPaths.showFeed(data.slug)}`)
  else data.podcastGuid = null
  return data
}
