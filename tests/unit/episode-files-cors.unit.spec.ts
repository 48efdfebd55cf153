import type { APIContext } from 'astro'
import { describe, expect, it } from 'vitest'

import * as chapters from '../../site/pages/radio/[show]/[episode]/chapitres.json'
import * as text from '../../site/pages/radio/[show]/[episode]/transcription.txt'
import * as vtt from '../../site/pages/radio/[show]/[episode]/transcription.vtt'
import * as showFeed from '../../site/pages/radio/[show]/feed.xml'
import * as radioFeed from '../../site/pages/radio/feed.xml'
import * as journalFeed from '../../site/pages/journal/rss.xml'

describe('feeds and the files of an episode, read by podcast apps and feed readers on other origins', () => {
  it('answer the CORS preflight: 204, any origin, GET and HEAD, the Range header', async () => {
    for (const [name, route] of Object.entries({ chapters, text, vtt, showFeed, radioFeed, journalFeed })) {
      expect(route.OPTIONS, name).toBeTypeOf('function')
      const answer = await route.OPTIONS({} as APIContext)
      expect(answer.status, name).toBe(204)
      expect(answer.headers.get('access-control-allow-origin'), name).toBe('*')
      expect(answer.headers.get('access-control-allow-methods'), name).toBe('GET, HEAD')
      expect(answer.headers.get('access-control-allow-headers'), name).toBe('Range')
      expect(await answer.text(), name).toBe('')
    }
  })
})
