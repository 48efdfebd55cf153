import type { BenchHub } from './hub'

/** One kind of public page or feed, and an address of it on this hub. */
export type Template = { name: string; path: string }

type Doc = Record<string, unknown>

/** The first published document of a collection that matches `query`, read as a visitor reads it. */
async function first(hub: BenchHub, collection: string, query = ''): Promise<Doc | undefined> {
  const response = await fetch(`${hub.cms}/api/${collection}?limit=1&depth=1${query}`)
  if (!response.ok) return undefined
  return ((await response.json()) as { docs: Doc[] }).docs[0]
}

const slugOf = (value: unknown) => (value && typeof value === 'object' ? String((value as Doc).slug) : undefined)

/**
 * Every template the site serves, each with a real address from this hub's content: the pages
 * residents read, the feeds apps subscribe to and the sitemap search engines read. An upcoming
 * event, the latest article and the latest episode stand for their kinds; the oldest events for
 * the sitemap's agenda parts, all of one size.
 */
export async function templates(hub: BenchHub): Promise<Template[]> {
  const now = new Date().toISOString()
  const event = await first(hub, 'events', `&sort=start&where[start][greater_than]=${now}`)
  const house = await first(hub, 'houses')
  const article = await first(hub, 'articles', '&sort=-publishedAt&where[issue][exists]=true')
  const episode = await first(hub, 'episodes', '&sort=-publishedAt')
  const issueNumber = article?.issue && typeof article.issue === 'object' ? (article.issue as Doc).number : undefined
  const list: (Template | false)[] = [
    { name: 'home', path: '/' },
    { name: 'agenda', path: '/agenda' },
    Boolean(event) && { name: 'event', path: `/agenda/${String(event!.slug)}` },
    { name: 'houses', path: '/maisons' },
    Boolean(house) && { name: 'house', path: `/maisons/${String(house!.slug)}` },
    { name: 'projects', path: '/projets' },
    { name: 'journal', path: '/journal' },
    Boolean(article && issueNumber) && {
      name: 'article',
      path: `/journal/${String(issueNumber)}/${String(article!.slug)}`,
    },
    { name: 'radio', path: '/radio' },
    Boolean(episode && slugOf(episode.show)) && { name: 'show', path: `/radio/${slugOf(episode!.show)}` },
    Boolean(episode && slugOf(episode.show)) && {
      name: 'episode',
      path: `/radio/${slugOf(episode!.show)}/${String(episode!.slug)}`,
    },
    { name: 'podcast feed (all shows)', path: '/radio/feed.xml' },
    { name: 'journal RSS', path: '/journal/rss.xml' },
    { name: 'agenda iCalendar', path: '/agenda.ics' },
    { name: 'sitemap index', path: '/sitemap.xml' },
    { name: 'sitemap, a part of the agenda', path: '/sitemap/agenda-1.xml' },
  ]
  return list.filter((template): template is Template => Boolean(template))
}
