import { availableParallelism } from 'node:os'

import { expect, it } from 'vitest'

import { conversionsInProgress, decodedSound } from '../../cms/collections/Contributions/endpoints/podcastSound'
import { toneWavFile } from '../helpers/files'

it('converts recordings a few at a time, one per core less one, the others waiting their turn', async () => {
  const most = Math.max(1, availableParallelism() - 1)
  const sound = toneWavFile(1, 8000).data
  const all = Array.from({ length: most + 2 }, () => decodedSound(new Uint8Array(sound), 'audio/wav'))
  await expect.poll(conversionsInProgress).toEqual({ running: most, waiting: 2 })
  const results = await Promise.all(all)
  expect(results.every((result) => result?.ok)).toBe(true)
  expect(conversionsInProgress()).toEqual({ running: 0, waiting: 0 })
})
