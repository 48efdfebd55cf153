import { slugs } from '../../../schemas/slugs'
import { themes } from '../goalTree'
import { houses } from '../content/houses'
import { neighbourhoods } from '../content/neighbourhoods'
import { partners } from '../content/partners'
import { projects } from '../content/projects'
import { toRichText } from '../lexical'
import { demoImage, idOf, ownedByHouse, published, type SeedContext } from './context'

/** Houses, themes, neighbourhoods, partners and projects: what the rest of the content refers to. */
export async function seedOrganisation(context: SeedContext): Promise<void> {
  const { payload, req, ids } = context
  for (const house of houses) {
    const { key, logo, logoOnDark, image, imageAlt, ...data } = house
    // The house exists first so that its logo and photo can belong to it.
    const doc = await payload.create({ collection: slugs.houses, data: { ...data, ...published }, req })
    const owners = ownedByHouse(doc.id)
    await payload.update({
      collection: slugs.houses,
      id: doc.id,
      data: {
        logo: await demoImage(context, logo, `Logo de la ${house.name}`, owners),
        logoOnDark: await demoImage(context, logoOnDark, `Logo de la ${house.name}, version claire`, owners),
        image: await demoImage(context, image, imageAlt, owners),
      },
      req,
    })
    ids[`house:${key}`] = doc.id
  }
  for (const theme of themes) {
    ids[`theme:${theme.slug}`] = (
      await payload.create({ collection: slugs.themes, data: { ...theme, ...published }, req })
    ).id
  }
  for (const neighbourhood of neighbourhoods) {
    const doc = await payload.create({
      collection: slugs.neighbourhoods,
      data: { ...neighbourhood, ...published },
      req,
    })
    ids[`neighbourhood:${neighbourhood.slug}`] = doc.id
  }
  for (const partner of partners) {
    ids[`partner:${partner.slug}`] = (
      await payload.create({
        collection: slugs.partners,
        data: {
          ...partner,
          // A typographic mark made for the demo, not the organisation's own logo.
          logo: await demoImage(context, `partner-${partner.slug}.png`, `Logo : ${partner.name}`),
          ...published,
        },
        req,
      })
    ).id
  }
  for (const project of projects) {
    const { image, imageAlt, body, houses: owners, partners: supporters, themes: subjects, ...data } = project
    const doc = await payload.create({
      collection: slugs.projects,
      data: {
        ...data,
        ...published,
        body: toRichText(body),
        houses: owners.map((key) => idOf(context, `house:${key}`)),
        partners: supporters.map((slug) => idOf(context, `partner:${slug}`)),
        themes: subjects.map((slug) => idOf(context, `theme:${slug}`)),
        images: [await demoImage(context, image, imageAlt)],
      },
      req,
    })
    ids[`project:${project.slug}`] = doc.id
  }
}
