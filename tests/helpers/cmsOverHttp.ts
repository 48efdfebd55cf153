import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

/**
 * Lets code that reads the CMS with `fetch(CMS_URL/api/…)` (the site's content door: GETs, and
 * POSTs of collection reads together) reach a test CMS's real REST handlers, with the same access
 * rules, without a listening server. Other addresses go to the real `fetch`. Returns a function
 * that restores it.
 */
export function routeCmsFetch(config: SanitizedConfig, cmsUrl: string): () => void {
  const original = globalThis.fetch
  const routes = { GET: REST_GET(Promise.resolve(config)), POST: REST_POST(Promise.resolve(config)) }
  globalThis.fetch = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString())
    if (url.origin !== new URL(cmsUrl).origin) return original(input, init)
    const method = init?.method === 'POST' ? 'POST' : 'GET'
    return routes[method](new Request(url, { method, headers: init?.headers, body: init?.body }), {
      params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }),
    })
  }) as typeof fetch
  return () => {
    globalThis.fetch = original
  }
}
