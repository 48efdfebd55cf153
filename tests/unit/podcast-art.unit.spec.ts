import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { ensurePodcastArt, sweepPodcastArt } from '../../site/files/podcastArt'
import { PODCAST_ART_FOLDER, podcastArtName } from '../../site/files/podcastArtName'

const mediaDir = mkdtempSync(path.join(tmpdir(), 'coope-artwork-'))
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }))

it('makes a cover’s artwork once for visitors asking at the same moment, every one answered', async () => {
  mkdirSync(path.join(mediaDir, slugs.media))
  await sharp({ create: { width: 1600, height: 1600, channels: 3, background: '#0b5563' } })
    .png()
    .toFile(path.join(mediaDir, slugs.media, 'couverture.png'))
  const name = 'couverture.png.AAAAAAAAAAAAAAAA.jpg'
  const asked = Array.from({ length: 16 }, () => ensurePodcastArt(mediaDir, 'couverture.png', name))
  expect(await Promise.allSettled(asked)).toEqual(asked.map(() => ({ status: 'fulfilled', value: name })))
  // The artwork alone: no part file left behind.
  expect(readdirSync(path.join(mediaDir, PODCAST_ART_FOLDER))).toEqual([name])
  const { width, height, format } = await sharp(path.join(mediaDir, PODCAST_ART_FOLDER, name)).metadata()
  expect({ width, height, format }).toEqual({ width: 1600, height: 1600, format: 'jpeg' })
})

it('sweeps away the artwork no feed can name any more, and nothing else', async () => {
  const secret = 's'.repeat(64)
  const folder = path.join(mediaDir, 'balayage', PODCAST_ART_FOLDER)
  mkdirSync(folder, { recursive: true })
  const current = podcastArtName('couverture.png', secret)
  const stale = [
    'couverture.png.jpg',
    podcastArtName('couverture.png', 'x'.repeat(64)),
    `${current}.0b5563aa-part-file.part`,
  ]
  for (const name of [current, ...stale]) writeFileSync(path.join(folder, name), 'jpeg')
  expect((await sweepPodcastArt(path.join(mediaDir, 'balayage'), secret)).sort()).toEqual(stale.sort())
  expect(readdirSync(folder)).toEqual([current])
  expect(await sweepPodcastArt(path.join(mediaDir, 'sans-dossier'), secret)).toEqual([])
})
