import { existsSync } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { PODCAST_ART } from '../../schemas/radio/artwork'
import { slugs } from '../../schemas/slugs'
import { PODCAST_ART_FOLDER, podcastArtName } from './podcastArtName'

/**
 * Makes (once) the podcast artwork of a cover image: a square RGB JPEG of 1400 to 3000 px, as
 * Apple Podcasts asks (https://podcasters.apple.com/support/896-artwork-requirements), named after
 * the cover's content-addressed name so that it never changes meaning ({@link podcastArtName}).
 * Returns its file name in the artwork folder. Throws when the cover is not a decodable image.
 */
export async function ensurePodcastArt(mediaDir: string, coverName: string): Promise<string> {
  const name = podcastArtName(coverName)
  const folder = path.join(mediaDir, PODCAST_ART_FOLDER)
  const target = path.join(folder, name)
  if (existsSync(target)) return name
  await mkdir(folder, { recursive: true })
  const source = sharp(path.join(mediaDir, slugs.media, coverName))
  const { width = 0, height = 0 } = await source.metadata()
  const side = PODCAST_ART.side(Math.min(width, height))
  const partial = `${target}.${process.pid}.${Date.now()}.part`
  await source
    .resize(side, side, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .jpeg({ quality: 86, mozjpeg: true })
    .toFile(partial)
  await rename(partial, target)
  return name
}
