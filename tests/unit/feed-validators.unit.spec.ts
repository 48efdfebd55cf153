import type { APIContext } from 'astro'
import { describe, expect, it } from 'vitest'

import { feedResponse } from '../../site/feeds/respond'
import { calendarResponse } from '../../site/lib/feeds/calendarResponse'
import { bodyEtag, ifNoneMatchNames } from '../../site/lib/notModified'
import routeCache from '../../site/lib/routeCache'

type Provider = {
  onRequest: (
    context: { request: Request; url: URL; logger: { warn: (message: string) => void } },
    next: () => Promise<Response>,
  ) => Promise<Response>
}

const uncached = { cache: { enabled: false } } as unknown as Pick<APIContext, 'cache'>
const RSS = '<rss version="2.0"><channel><title>La radio</title></channel></rss>'

describe('validators of the feeds', () => {
  it('give every feed and calendar a strong ETag of its body', () => {
    const feed = feedResponse(uncached, RSS, 'application/rss+xml; charset=utf-8')
    expect(feed.headers.get('etag')).toBe(bodyEtag(RSS))
    expect(feed.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{22}"$/)
    expect(bodyEtag(`${RSS} `)).not.toBe(bodyEtag(RSS))
    const calendar = calendarResponse('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'loto')
    expect(calendar.headers.get('etag')).toBe(bodyEtag('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'))
  })

  it('read If-None-Match by weak comparison, lists and * included (RFC 9110, 13.1.2)', () => {
    expect(ifNoneMatchNames('"abc"', '"abc"')).toBe(true)
    expect(ifNoneMatchNames('W/"abc"', '"abc"')).toBe(true)
    expect(ifNoneMatchNames('"x", W/"abc"', '"abc"')).toBe(true)
    expect(ifNoneMatchNames('*', '"abc"')).toBe(true)
    expect(ifNoneMatchNames('"abcd"', '"abc"')).toBe(false)
    expect(ifNoneMatchNames(null, '"abc"')).toBe(false)
    expect(ifNoneMatchNames('"abc"', null)).toBe(false)
  })

  it('answer 304 without a body to a matching If-None-Match, rendered or from the route cache', async () => {
    const cache = (routeCache as unknown as (config: object) => Provider)({ max: 50, allowedQuery: {} })
    let renders = 0
    const render = async () => {
      renders += 1
      return feedResponse({ cache: { enabled: true, set: () => undefined } } as never, RSS, 'application/rss+xml', {})
    }
    const ask = (headers: Record<string, string> = {}) => {
      const url = new URL('/radio/feed.xml', 'http://site.test')
      return cache.onRequest({ request: new Request(url, { headers }), url, logger: { warn: () => undefined } }, () =>
        render().then((response) => {
          response.headers.set('CDN-Cache-Control', 'max-age=300')
          return response
        }),
      )
    }
    const etag = bodyEtag(RSS)
    const rendered = await ask({ 'if-none-match': etag })
    expect(rendered.status).toBe(304)
    expect(rendered.headers.get('etag')).toBe(etag)
    expect(rendered.headers.get('content-type')).toBeNull()
    expect(await rendered.text()).toBe('')
    // The whole feed was kept: a visitor without a validator gets it, then a poller its 304.
    const whole = await ask()
    expect(whole.status).toBe(200)
    expect(await whole.text()).toBe(RSS)
    const cached = await ask({ 'if-none-match': `W/${etag}` })
    expect(cached.status).toBe(304)
    expect(cached.headers.get('x-astro-cache')).toBe('HIT')
    expect((await ask({ 'if-none-match': '"autre"' })).status).toBe(200)
    expect(renders).toBe(1)
  })
})
