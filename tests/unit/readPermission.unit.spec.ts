import { describe, expect, it } from 'vitest'

import { cmsPermission } from '../../site/files/readPermission'

/** A CMS answering its REST query for a file's owner, counting the questions; `down` makes it fail. */
function cms() {
  const state = { questions: 0, down: false }
  const fetchImpl = (async () => {
    state.questions++
    if (state.down) return new Response('', { status: 503 })
    return Response.json({ docs: [{ filename: 'affiche.jpg', mimeType: 'image/jpeg' }] })
  }) as unknown as typeof fetch
  return { state, fetchImpl }
}

describe('file permissions asked of the CMS', () => {
  it('asks once for many visitors asking at the same moment', async () => {
    const { state, fetchImpl } = cms()
    const mayRead = cmsPermission('http://cms.invalid', fetchImpl)
    const answers = await Promise.all(Array.from({ length: 50 }, () => mayRead('media', 'affiche.jpg')))
    expect(state.questions).toBe(1)
    expect(answers.every((answer) => answer.readable)).toBe(true)
  })

  it('keeps the last answer while the CMS cannot answer, and says it cannot know about a file it never answered for', async () => {
    const { state, fetchImpl } = cms()
    let now = 0
    const realNow = Date.now
    Date.now = () => now
    try {
      const mayRead = cmsPermission('http://cms.invalid', fetchImpl)
      expect(await mayRead('media', 'affiche.jpg')).toEqual({ readable: true, contentType: 'image/jpeg' })
      state.down = true
      now = 120_000
      expect(await mayRead('media', 'affiche.jpg')).toEqual({ readable: true, contentType: 'image/jpeg' })
      expect(await mayRead('media', 'autre.jpg')).toEqual({ readable: false, cmsUnreachable: true })
      expect(state.questions).toBe(3)
    } finally {
      Date.now = realNow
    }
  })

  it('asks nothing about a name that is not on the disk, and remembers nothing about it', async () => {
    const { state, fetchImpl } = cms()
    const looked: string[] = []
    const present = async (collection: string, filename: string) => {
      looked.push(`${collection}/${filename}`)
      return filename === 'affiche.jpg'
    }
    const mayRead = cmsPermission('http://cms.invalid', fetchImpl, undefined, present)
    for (let i = 0; i < 3; i++) expect(await mayRead('media', `invente-${i}.jpg`)).toEqual({ readable: false })
    expect(await mayRead('media', 'invente-0.jpg')).toEqual({ readable: false })
    expect(state.questions).toBe(0)
    expect(looked).toHaveLength(4)
    expect(await mayRead('media', 'affiche.jpg')).toEqual({ readable: true, contentType: 'image/jpeg' })
    expect(await mayRead('media', 'affiche.jpg')).toEqual({ readable: true, contentType: 'image/jpeg' })
    expect(state.questions).toBe(1)
    expect(looked).toHaveLength(5)
  })
})
