import { Term } from '../../../schemas/content/event'
import { Frame, FRAME_PATH } from '../../../schemas/content/frame'
import { House } from '../../../schemas/content/house'
import { page } from '../../../schemas/content/common'
import { globalSlugs, slugs } from '../../../schemas/slugs'
import { bySlug, uncounted } from './queries'
import { oneOf, read, showing } from './read'

/** Reads of what every page's frame shows (identity, navigation, settings, houses) and of the houses and themes. */
export const frameReads = {
  /** The frame in one read (`cms/http/frameRead.ts`), tagged with every global and collection it shows. */
  frame: () =>
    read(
      FRAME_PATH,
      {},
      Frame,
      showing(globalSlugs.identity, globalSlugs.navigation, globalSlugs.settings, slugs.houses, slugs.media),
    ),
  themes: async () =>
    (await read(slugs.themes, { sort: 'name', limit: 100, depth: 0, ...uncounted }, page(Term), showing(slugs.themes)))
      .docs,
  house: async (slug: string) =>
    (await read(slugs.houses, bySlug(slug), page(House), oneOf(slugs.houses, slugs.media), { previewable: true }))
      .docs[0] ?? null,
}
