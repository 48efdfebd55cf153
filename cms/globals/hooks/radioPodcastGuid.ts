import type { GlobalBeforeChangeHook, Payload } from 'payload'

import { podcastGuid, radioPaths } from '../../../schemas/radio/addresses'
import { globalSlugs } from '../../../schemas/slugs'
import { cmsEnv } from '../../env'

/**
 * Gives the feed of all shows its `podcast:guid` once, in the settings: the UUIDv5 of its address
 * at that moment (Podcasting 2.0 `guid` tag), kept from then on even if SITE_URL changes, so that
 * apps and directories keep recognising the feed. Runs at each start, before the servers (both
 * databases: it is no migration); does nothing when the settings already hold one.
 */
export async function assignRadioPodcastGuid(payload: Payload): Promise<void> {
  const settings = await payload.findGlobal({ slug: globalSlugs.settings, depth: 0 })
  if (settings.radioPodcastGuid) return
  await payload.updateGlobal({
    slug: globalSlugs.settings,
    data: { radioPodcastGuid: podcastGuid(`${cmsEnv().SITE_URL}${radioPaths.allShowsFeed}`) },
    depth: 0,
  })
}

/** Keeps the stored `podcast:guid` of the feed of all shows whatever a save sends: it is set once. */
export const keepRadioPodcastGuid: GlobalBeforeChangeHook = ({ data, originalDoc }) => {
  if (originalDoc?.radioPodcastGuid) data.radioPodcastGuid = originalDoc.radioPodcastGuid
  return data
}
