import { describe, expect, it } from 'vitest'

import { coverOfPodcastArt, podcastArtName } from '../../site/files/podcastArtName'

const secret = 'k'.repeat(64)
const cover = 'visuel-0123456789ab.png'

describe('the name of a podcast artwork', () => {
  it('is the cover’s name, a signature and .jpg, and gives the cover back', () => {
    const name = podcastArtName(cover, secret)
    expect(name).toMatch(/^visuel-0123456789ab\.png\.[\w-]{16}\.jpg$/)
    expect(coverOfPodcastArt(name, secret)).toBe(cover)
  })

  it('is refused unsigned, with a signature made under another secret or for another cover', () => {
    const other = podcastArtName('autre-0123456789ab.png', secret)
    for (const name of [
      `${cover}.jpg`,
      podcastArtName(cover, 'x'.repeat(64)),
      `${cover}.${other.split('.').at(-2)}.jpg`,
      `${podcastArtName(cover, secret)}.jpg`,
      podcastArtName(cover, secret).replace(/\.jpg$/, '.png'),
    ])
      expect(coverOfPodcastArt(name, secret), name).toBeNull()
  })
})
