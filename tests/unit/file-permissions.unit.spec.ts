import { describe, expect, it } from 'vitest'

import { FilePermissionCache } from '../../site/files/permissionCache'

const pdf = { readable: true as const, contentType: 'application/pdf' }
const image = { readable: true as const, contentType: 'image/png' }

describe('the site’s memory of which files are public', () => {
  it('reuses an answer for a minute at most', () => {
    const cache = new FilePermissionCache(60_000)
    cache.set('documents', 'numero-1-ab12.pdf', pdf, 1_000)
    expect(cache.get('documents', 'numero-1-ab12.pdf', 60_999)).toEqual(pdf)
    expect(cache.get('documents', 'numero-1-ab12.pdf', 61_000)).toBeUndefined()
  })

  it('forgets every answer about a collection an invalidation names, by its listing or a document’s tag', () => {
    const cache = new FilePermissionCache(60_000)
    cache.set('documents', 'numero-1-ab12.pdf', pdf, 0)
    cache.set('media', 'affiche-cd34.png', image, 0)
    cache.set('media', 'affiche-cd34-card.webp', image, 0)
    cache.forget(['documents:7'])
    expect(cache.get('documents', 'numero-1-ab12.pdf', 1)).toBeUndefined()
    expect(cache.get('media', 'affiche-cd34.png', 1)).toEqual(image)
    cache.forget(['events', 'media'])
    expect(cache.get('media', 'affiche-cd34.png', 1)).toBeUndefined()
    expect(cache.get('media', 'affiche-cd34-card.webp', 1)).toBeUndefined()
  })

  it('keeps answers about collections the invalidation does not name', () => {
    const cache = new FilePermissionCache(60_000)
    cache.set('audio', 'episode-ef56.mp3', { readable: true, contentType: 'audio/mpeg' }, 0)
    cache.forget(['audio-books', 'events:3'])
    expect(cache.get('audio', 'episode-ef56.mp3', 1)).toBeDefined()
  })
})
