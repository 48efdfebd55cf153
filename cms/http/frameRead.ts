import type { PayloadRequest } from 'payload'

import { FRAME_HOUSE_FIELDS } from '../../schemas/content/frame'
import { globalSlugs, slugs } from '../../schemas/slugs'

/** More houses than the cooperation will ever have: the frame lists them all. */
const MAX_HOUSES = 20

/**
 * What every page's frame shows (`schemas/content/frame.ts`), read with the access rules of
 * `req`, which the reads endpoint has made anonymous (`readsEndpoint.ts`): the published identity
 * (its logos populated), navigation and settings, and the published houses by name. The site asks
 * it as the read `frame` beside the reads of the page it renders, in one request: on ten years of
 * content the four REST reads it replaced took 45–69 ms of the CMS's processor per frame, one
 * request of its own 21–24 ms, of which about 8 ms are the fixed part of any request (routing,
 * authentication, the answer), which a read beside the page's no longer pays (`/proc/<pid>/stat`
 * over 20 to 80 reads of each, 2-core machine).
 * @returns `{ identity, navigation, settings, houses }`, as `Frame` parses it
 */
export async function readFrame(req: PayloadRequest): Promise<Record<string, unknown>> {
  const asVisitor = { overrideAccess: false, req } as const
  const [identity, navigation, settings, houses] = await Promise.all([
    req.payload.findGlobal({ slug: globalSlugs.identity, depth: 1, ...asVisitor }),
    req.payload.findGlobal({ slug: globalSlugs.navigation, depth: 0, ...asVisitor }),
    req.payload.findGlobal({ slug: globalSlugs.settings, depth: 0, ...asVisitor }),
    req.payload.find({
      collection: slugs.houses,
      sort: 'name',
      limit: MAX_HOUSES,
      depth: 1,
      select: FRAME_HOUSE_FIELDS,
      // The houses only, not their count.
      pagination: false,
      ...asVisitor,
    }),
  ])
  return { identity, navigation, settings, houses: houses.docs }
}
