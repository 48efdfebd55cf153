import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { PODCAST_ART } from '../../schemas/radio/artwork'
import { slugs } from '../../schemas/slugs'
import { sharedWork } from '../lib/sharedWork'
import { coverOfPodcastArt, PODCAST_ART_FOLDER } from './podcastArtName'

/** Artwork being made, by its path: visitors asking for it at the same moment share one making. */
const making = sharedWork<string>()

/**
 * Makes (once) the podcast artwork of a cover image: a square RGB JPEG of 1400 to 3000 px, as
 * Apple Podcasts asks (https://podcasters.apple.com/support/896-artwork-requirements), under
 * `artName`, the signed name the site gave it (`podcastArtName.ts`), which never changes
 * meaning since the cover's name is content-addressed. Those who ask while it is being made wait
 * for that making: each making used to write its own part file, and those started in the same
 * millisecond shared one and failed to rename it. Returns `artName`, the file's name in the
 * artwork folder. Throws when the cover is not a decodable image.
 */
export function ensurePodcastArt(mediaDir: string, coverName: string, artName: string): Promise<string> {
  const target = path.join(mediaDir, PODCAST_ART_FOLDER, artName)
  if (existsSync(target)) return Promise.resolve(artName)
  return making(target, () => makeArt(path.join(mediaDir, slugs.media, coverName), target).then(() => artName))
}

async function makeArt(cover: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true })
  const source = sharp(cover)
  const { width = 0, height = 0 } = await source.metadata()
  const side = PODCAST_ART.side(Math.min(width, height))
  const partial = `${target}.${randomUUID()}.part`
  try {
    await source
      .resize(side, side, { fit: 'cover' })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: 86, mozjpeg: true })
      .toFile(partial)
    await rename(partial, target)
  } finally {
    await rm(partial, { force: true })
  }
}

/**
 * Removes from the artwork folder what no feed can name any more: artwork whose name is not signed
 * under `secret` (made before names were signed, or under a former SITE_INVALIDATION_SECRET) and
 * part files a stopped making left. Run as the site starts; artwork is made again when asked.
 * @returns the names removed; a missing folder or a file that cannot be removed is left as it is
 */
export async function sweepPodcastArt(mediaDir: string, secret?: string): Promise<string[]> {
  const folder = path.join(mediaDir, PODCAST_ART_FOLDER)
  const names = await readdir(folder).catch(() => [])
  const stale = names.filter((name) => coverOfPodcastArt(name, secret) === null)
  const removed = await Promise.all(
    stale.map((name) =>
      rm(path.join(folder, name)).then(
        () => name,
        () => null,
      ),
    ),
  )
  return removed.filter((name) => name !== null)
}
