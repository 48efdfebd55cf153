import { request } from '@playwright/test'

import { hub } from './hub'

/** A page template to check: one address of it, and whether it may load JavaScript. */
export type Template = { path: string; needsScript?: boolean }

/**
 * One page of each kind the site has, with slugs taken from the demo content: the list every
 * quality check walks (accessibility, HTML validity, reflow, weight). A new kind of page is added
 * here once. Specs call `searchIndexReady` first (in `beforeAll`) so that the search page has results.
 */
export async function pageTemplates(): Promise<Template[]> {
  const cms = await request.newContext({ baseURL: hub.cmsUrl })
  const first = async (collection: string) =>
    (await (await cms.get(`/api/${collection}`, { params: { limit: 1, depth: 0 } })).json()).docs[0].slug
  const templates: Template[] = [
    { path: '/' },
    { path: '/agenda' },
    { path: '/maisons' },
    { path: `/maisons/${await first('houses')}` },
    { path: `/agenda/${await first('events')}` },
    { path: `/pages/${await first('pages')}` },
    { path: '/recherche?q=atelier', needsScript: true },
    { path: '/nexiste-pas' },
  ]
  await cms.dispose()
  return templates
}

/** Waits (polling, 60 s at most) until the site has built its search index: /recherche answers 200, not 503. */
export async function searchIndexReady(): Promise<void> {
  const site = await request.newContext({ baseURL: hub.siteUrl })
  const deadline = Date.now() + 60_000
  try {
    while ((await site.get('/recherche')).status() !== 200) {
      if (Date.now() > deadline) throw new Error('The site built no search index within 60 s.')
      await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    await site.dispose()
  }
}
