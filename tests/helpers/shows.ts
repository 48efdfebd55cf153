import type { Payload } from 'payload'

import { slugs } from '../../schemas/slugs'
import { pngFile } from './files'

/**
 * A show of `houses` with its square 1400 px cover, ready to take episodes; its id. `slug` names it
 * (title « Émission <slug> »).
 */
export async function createShow(payload: Payload, houses: number[], slug = 'emission-de-test'): Promise<number> {
  const cover = await payload.create({
    collection: slugs.media,
    data: { alt: 'Visuel de l’émission', houses },
    file: await pngFile('visuel.png', 1400),
  })
  const show = await payload.create({
    collection: slugs.shows,
    data: {
      title: `Émission ${slug}`,
      slug,
      description: 'Les voix des habitant·es.',
      cover: cover.id,
      language: 'fr',
      category: 'News',
      owner: { name: 'Radio', email: 'radio@test.coope' },
      houses,
    },
  })
  return show.id
}
