import { globalSlugs, slugs } from '../../../schemas/slugs'
import { identity, navigation, settings } from '../content/identity'
import { pages } from '../content/pages'
import { toRichText } from '../lexical'
import { demoImage, published, type SeedContext } from './context'

/** The shared identity, navigation, settings and the fixed pages (legal notice, accessibility, privacy). */
export async function seedSite(context: SeedContext): Promise<void> {
  const { payload, req } = context
  for (const page of pages) {
    await payload.create({ collection: slugs.pages, data: { ...page, body: toRichText(page.body), ...published }, req })
  }
  await payload.updateGlobal({
    slug: globalSlugs.identity,
    data: {
      ...identity,
      logo: await demoImage(context, 'logo-cooperation.png', 'Logo de la Coopé'),
      logoOnDark: await demoImage(context, 'logo-cooperation-clair.png', 'Logo de la Coopé, version claire'),
    },
    req,
  })
  await payload.updateGlobal({ slug: globalSlugs.navigation, data: navigation, req })
  await payload.updateGlobal({ slug: globalSlugs.settings, data: settings, req })
}
