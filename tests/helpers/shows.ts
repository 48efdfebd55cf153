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

/**
 * Publishes an episode of `show` playing `audio`: a sound is public only once a published episode
 * plays it (cms/hooks/releaseShownFiles.ts). Returns the episode's id.
 */
export async function publishEpisodeOf(
  payload: Payload,
  show: number,
  audio: number,
  houses: number[],
): Promise<number> {
  const episode = await payload.create({
    collection: slugs.episodes,
    data: {
      show,
      audio,
      title: 'Épisode à l’antenne',
      description: 'Un épisode.',
      publishedAt: '2026-11-02T10:00:00.000Z',
      houses,
      _status: 'published',
    } as never,
  })
  return episode.id
}
