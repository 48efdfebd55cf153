import { z } from 'zod'

import { HouseSummary } from './house'
import { Identity, Navigation, Settings } from './identity'

/** The read of the frame among the CMS's reads in one request (`POST /api/reads`, `cms/http/frameRead.ts`). */
export const FRAME_PATH = 'frame'

/**
 * What every page's frame shows, as the CMS answers the read `frame`: the identity (its logos
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
