import { describe, expect, it } from 'vitest'

import routeCache from '../../site/lib/routeCache'

type Provider = {
  onRequest: (
    context: { request: Request; url: URL; logger: { warn: (message: string) => void } },
    next: () => Promise<Response>,
  ) => Promise<Response>
}

const provider = () => (routeCache as unknown as (config: object) => Provider)({ max: 50, allowedQuery: {} })

/** Visits `address` while the render in `next` waits for `release`: several such visits overlap. */
function visit(cache: Provider, address: string, render: () => Response, release: Promise<void>) {
  const url = new URL(address, 'http://site.test')
  return cache.onRequest({ request: new Request(url), url, logger: { warn: () => undefined } }, async () => {
    await release
    return render()
  })
}

describe('the route cache, for visitors asking for the same page at once', () => {
  it('never gives one visitor the page rendered for another when it may not be kept', async () => {
    const cache = provider()
    let open!: () => void
    const release = new Promise<void>((resolve) => (open = resolve))
    // The withdrawal page prints the reference and key of its own address, and is never cached.
    const own = (key: string) => () => new Response(`<p>Clé ${key}</p>`, { headers: { 'cache-control': 'no-store' } })
    const pages = [
      visit(cache, '/contribuer/retrait?reference=C-AAAAAAAA&cle=cle-a', own('cle-a'), release),
      visit(cache, '/contribuer/retrait?reference=C-BBBBBBBB&cle=cle-b', own('cle-b'), release),
    ]
    open()
    const bodies = await Promise.all((await Promise.all(pages)).map((page) => page.text()))
    expect(bodies).toEqual(['<p>Clé cle-a</p>', '<p>Clé cle-b</p>'])
  })

  it('shares one render of a page that may be kept', async () => {
    const cache = provider()
    let open!: () => void
    const release = new Promise<void>((resolve) => (open = resolve))
    let renders = 0
    const agenda = () => {
      renders += 1
      return new Response(`<p>Agenda ${renders}</p>`, { headers: { 'CDN-Cache-Control': 'max-age=300' } })
    }
    const pages = [visit(cache, '/agenda', agenda, release), visit(cache, '/agenda', agenda, release)]
    open()
    const bodies = await Promise.all((await Promise.all(pages)).map((page) => page.text()))
    expect(bodies).toEqual(['<p>Agenda 1</p>', '<p>Agenda 1</p>'])
    expect(renders).toBe(1)
  })
})
