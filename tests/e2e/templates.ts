import { type APIRequestContext, request } from '@playwright/test'

import { hub } from './hub'

/** A page template to check: its name, one address of it, and whether it may load JavaScript. */
export type Template = { name: string; path: string; needsScript?: boolean }

type Cms = APIRequestContext
type Kind = { name: string; pathOf: (cms: Cms) => Promise<string>; needsScript?: boolean }

const find = async (cms: Cms, collection: string, params: Record<string, string | number> = {}) =>
  (await (await cms.get(`/api/${collection}`, { params: { limit: 1, depth: 1, ...params } })).json()).docs[0]
const first = async (cms: Cms, collection: string) => `${(await find(cms, collection)).slug}`
const easyReadArticle = async (cms: Cms) => {
  const article = await find(cms, 'articles', { 'where[easyRead][exists]': 'true' })
  return `/journal/${article.issue.number}/${article.slug}`
}
const at = (path: string) => async () => path

/**
 * One page of each kind the site has, with slugs taken from the demo content: the list every
 * quality check walks (accessibility, HTML validity, reflow, weight). A new kind of page is added
 * here once. Specs call `searchIndexReady` first (in `beforeAll`) so that the search page has results.
 */
export const pageKinds: Kind[] = [
  { name: 'home', pathOf: at('/') },
  { name: 'agenda', pathOf: at('/agenda') },
  { name: 'houses', pathOf: at('/maisons') },
  { name: 'a house', pathOf: async (cms) => `/maisons/${await first(cms, 'houses')}` },
  {
    name: 'an event',
    pathOf: async (cms) => `/agenda/${(await find(cms, 'events', { 'where[project][exists]': 'true' })).slug}`,
  },
  { name: 'the month view', pathOf: at(`/agenda/mois/${new Date().toISOString().slice(0, 7)}`) },
  { name: 'the agenda archives', pathOf: at('/agenda/archives') },
  { name: 'the agenda widget', pathOf: at('/agenda/widget') },
  { name: 'the widget snippet page', pathOf: at('/agenda/partager') },
  { name: 'projects', pathOf: at('/projets') },
  {
    name: 'a project',
    pathOf: async (cms) => `/projets/${(await find(cms, 'events', { 'where[project][exists]': 'true' })).project.slug}`,
  },
  { name: 'partners', pathOf: at('/partenaires') },
  { name: 'the goal tree', pathOf: at('/actions') },
  { name: 'the journal', pathOf: at('/journal') },
  { name: 'an issue', pathOf: async (cms) => `/journal/${(await find(cms, 'journal-issues')).number}` },
  { name: 'an article', pathOf: easyReadArticle },
  { name: 'an easy-read article', pathOf: async (cms) => `${await easyReadArticle(cms)}/facile-a-lire` },
  { name: 'contributions', pathOf: at('/contributions') },
  { name: 'the radio', pathOf: at('/radio') },
  { name: 'a show', pathOf: async (cms) => `/radio/${(await find(cms, 'episodes')).show.slug}` },
  {
    name: 'an episode',
    pathOf: async (cms) => {
      const episode = await find(cms, 'episodes')
      return `/radio/${episode.show.slug}/${episode.slug}`
    },
  },
  { name: 'search', pathOf: at('/recherche?q=atelier'), needsScript: true },
  { name: 'the identity', pathOf: at('/identite') },
  { name: 'the legal notice', pathOf: at('/mentions-legales') },
  { name: 'the accessibility statement', pathOf: at('/accessibilite') },
  { name: 'the privacy page', pathOf: at('/confidentialite') },
  { name: 'the 404 page', pathOf: at('/nexiste-pas') },
  // The form records sound in the browser and moves focus to the error summary: it enhances with a script.
  { name: 'the contribution form', pathOf: at('/contribuer'), needsScript: true },
  { name: 'the withdrawal page', pathOf: at('/contribuer/retrait?reference=C-AAAAAAAA&cle=x') },
]

/** The address of one kind of page on the end-to-end hub. */
export async function pathOfKind(kind: Kind): Promise<string> {
  const cms = await request.newContext({ baseURL: hub.cmsUrl })
  try {
    return await kind.pathOf(cms)
  } finally {
    await cms.dispose()
  }
}

/** Every kind of page with its address on the end-to-end hub. */
export async function pageTemplates(): Promise<Template[]> {
  const templates: Template[] = []
  for (const kind of pageKinds)
    templates.push({ name: kind.name, path: await pathOfKind(kind), needsScript: kind.needsScript })
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
