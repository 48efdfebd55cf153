import { describe, expect, it } from 'vitest'

import { cacheKeyUrl } from '../../site/lib/cacheKey'
import { sharedPageStore } from '../../site/lib/pageStore'
import routeCache from '../../site/lib/routeCache'
import { ROUTE_CACHE } from '../../site/lib/routeCachePolicy'

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

describe('the route cache and the renders the front handler announces (lib/renders.ts)', () => {
  const store = sharedPageStore(ROUTE_CACHE)
  const keyOf = (address: string) => cacheKeyUrl(new URL(address, 'http://site.test'), {}).href
  const kept = (body: string) => () =>
    new Response(body, { headers: { 'CDN-Cache-Control': 'max-age=300, stale-while-revalidate=60' } })
  const never = () => {
    throw new Error('not to render')
  }

  it('begins the render announced for a page it must render, and gives those who waited what it rendered', async () => {
    const release = store.renders.announce(keyOf('/partenaires'), store.generation)
    const announced = store.renders.get(keyOf('/partenaires'))!
    await visit(provider(), '/partenaires', kept('<p>Partenaires</p>'), Promise.resolve())
    expect(announced.begun).toBe(true)
    expect((await announced.page)?.body.toString()).toBe('<p>Partenaires</p>')
    release()
    expect(store.renders.get(keyOf('/partenaires'))).toBeUndefined()
  })

  it('ends the announced render with the fresh page it answers from, and begins it for a stale one', async () => {
    const cache = provider()
    await visit(cache, '/actions', kept('<p>Actions</p>'), Promise.resolve())
    store.renders.announce(keyOf('/actions'), store.generation)
    const fresh = store.renders.get(keyOf('/actions'))!
    expect((await visit(cache, '/actions', never, Promise.resolve())).headers.get('X-Astro-Cache')).toBe('HIT')
    expect(fresh.begun).toBe(false)
    expect((await fresh.page)?.body.toString()).toBe('<p>Actions</p>')
    expect(store.renders.get(keyOf('/actions'))).toBeUndefined()

    const page = store.get(keyOf('/actions'))!
    store.set(keyOf('/actions'), { ...page, storedAt: page.storedAt - 301_000 })
    store.renders.announce(keyOf('/actions'), store.generation)
    const stale = store.renders.get(keyOf('/actions'))!
    expect(
      (await visit(cache, '/actions', kept('<p>Actions, mis à jour</p>'), Promise.resolve())).headers.get(
        'X-Astro-Cache',
      ),
    ).toBe('STALE')
    expect(stale.begun).toBe(true)
    expect((await stale.page)?.body.toString()).toBe('<p>Actions, mis à jour</p>')
  })
})
