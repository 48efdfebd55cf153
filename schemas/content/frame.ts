import { z } from 'zod'

import { HouseSummary } from './house'
import { Identity, Navigation, Settings } from './identity'

/** Where the CMS answers the frame in one read: `GET /api/frame`. */
export const FRAME_PATH = 'frame'

/**
 * What every page's frame shows, as `GET /api/frame` answers it: the identity (its logos
 * populated), the navigation, the settings, and the published houses by name (accents, logos).
 */
export const Frame = z.object({
  identity: Identity,
  navigation: Navigation,
  settings: Settings,
  houses: z.array(HouseSummary),
})
export type Frame = z.infer<typeof Frame>

/** The fields of a house the frame shows, as Payload's `select`. */
export const FRAME_HOUSE_FIELDS: Record<keyof HouseSummary, true> = Object.fromEntries(
  Object.keys(HouseSummary.shape).map((key) => [key, true]),
) as Record<keyof HouseSummary, true>
