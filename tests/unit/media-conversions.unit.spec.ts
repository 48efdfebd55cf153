import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { heicPixels } from '../../cms/collections/Contributions/endpoints/heicPhoto'
import { conversionsInProgress } from '../../cms/collections/Contributions/endpoints/mediaWorker'
import { decodedSound } from '../../cms/collections/Contributions/endpoints/podcastSound'
import { toneWavFile } from '../helpers/files'

it('converts sounds and iPhone photos a few at a time, one per core less one, the others waiting their turn', async () => {
  const most = Math.max(1, availableParallelism() - 1)
  const sound = toneWavFile(1, 8000).data
  const heic = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'photo-gps.heic'))
  let peak = 0
  const sampling = setInterval(() => (peak = Math.max(peak, conversionsInProgress().running)), 2)
  const photos = Array.from({ length: most + 2 }, () => heicPixels(heic, 40_000_000))
  await expect.poll(conversionsInProgress).toEqual({ running: most, waiting: 2 })
  const sounds = [decodedSound(new Uint8Array(sound)), decodedSound(new Uint8Array(sound))]
  expect((await Promise.all(sounds)).every((result) => result?.ok)).toBe(true)
  for (const pixels of await Promise.all(photos)) expect(pixels?.data.length).toBe(pixels!.width * pixels!.height * 4)
  clearInterval(sampling)
  expect(peak).toBe(most)
  expect(conversionsInProgress()).toEqual({ running: 0, waiting: 0 })
})
