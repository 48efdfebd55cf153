import { Term } from '../../../schemas/content/event'
import { House, HouseSummary } from '../../../schemas/content/house'
import { Identity, Navigation, Settings } from '../../../schemas/content/identity'
import { page } from '../../../schemas/content/common'
import { globalSlugs, slugs } from '../../../schemas/slugs'
import { bySlug, selectOf } from './queries'
import { oneOf, read, showing } from './read'

/** Reads of what every page's frame shows (identity, navigation, settings, houses) and of the houses and themes. */
export const frameReads = {
  identity: () =>
    read(`globals/${globalSlugs.identity}`, { depth: 1 }, Identity, showing(globalSlugs.identity, slugs.media)),
  navigation: () =>
    read(`globals/${globalSlugs.navigation}`, { depth: 0 }, Navigation, showing(globalSlugs.navigation)),
  settings: () => read(`globals/${globalSlugs.settings}`, { depth: 0 }, Settings, showing(globalSlugs.settings)),
  houses: async () =>
    (
      await read(
        slugs.houses,
        { sort: 'name', limit: 20, depth: 1, ...selectOf(HouseSummary) },
        page(HouseSummary),
        showing(slugs.houses, slugs.media),
      )
    ).docs,
  themes: async () =>
    (await read(slugs.themes, { sort: 'name', limit: 100, depth: 0 }, page(Term), showing(slugs.themes))).docs,
  house: async (slug: string) =>
    (await read(slugs.houses, bySlug(slug), page(House), oneOf(slugs.houses, slugs.media), { previewable: true }))
      .docs[0] ?? null,
}
