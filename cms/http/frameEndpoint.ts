import type { Endpoint, PayloadRequest } from 'payload'

import { FRAME_HOUSE_FIELDS, FRAME_PATH } from '../../schemas/content/frame'
import { globalSlugs, slugs } from '../../schemas/slugs'

/** More houses than the cooperation will ever have: the frame lists them all. */
const MAX_HOUSES = 20

/**
 * `GET /api/frame`: what every page's frame shows (`schemas/content/frame.ts`) in one answer,
 * read as an anonymous visitor whoever asks, with the access rules applied: the published
 * identity, navigation and settings, and the published houses by name. The site reads it when its
 * kept frame is gone. Each REST read costs the CMS a fixed part (routing, authentication, the
 * answer): on ten years of content the four reads it replaces took 45–69 ms of the CMS's processor
 * per frame, this one 21–24 ms (`/proc/<pid>/stat` over 20 reads of each, 2-core machine).
 */
async function readFrame(req: PayloadRequest): Promise<Response> {
  req.user = null
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
  return Response.json({ identity, navigation, settings, houses: houses.docs })
}

export const frameEndpoint: Endpoint = { path: `/${FRAME_PATH}`, method: 'get', handler: readFrame }
