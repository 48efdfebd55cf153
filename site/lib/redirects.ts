import type { Id } from '../../schemas/content/common'
import { slugs } from '../../schemas/slugs'
import { content } from './content'
import type { Query } from './content/queries'

/**
 * The path of a route with the document's address changed in one of its segments: segment
 * `position` of `url`'s path, counted from 1 (2 for `/projets/<slug>`; 2 for the show and 3 for the
 * episode of `/radio/<show>/<episode>`), began with the `former` address and begins with `current`
 * instead; the segments around it, and whatever follows the address in its own segment (`.ics`),
 * are kept.
 */
export function pathInPlaceOf(url: URL, position: number, former: string, current: string): string {
  const segments = url.pathname.split('/')
  const segment = segments[position] ?? ''
  segments[position] = segment.startsWith(former) ? `${current}${segment.slice(former.length)}` : current
  return segments.join('/')
}

/**
 * The answer of a route whose document of `collection` was not found at address `slug`: a
 * permanent redirect (301) to the same route at the document's current address when `slug` is one
 * it had before (its `previousSlugs`), with the query string kept; else null (the route answers
 * 404). `pathOf` gives the route's path for the current address; by default `slug`'s segment is
 * replaced in place (`pathInPlaceOf`), which keeps the rest of the path. `where` narrows the
 * documents that may answer (an episode: those of its show). Bookmarks, links and, above all,
 * podcast apps keep working: Apple documents a 301 as the way to move a feed.
 */
export async function redirectFromFormerAddress(
  url: URL,
  collection: string,
  slug: string,
  pathOf: number | ((current: string) => string),
  where: Query = {},
): Promise<Response | null> {
  if (!slug) return null
  const current = await content.currentSlug(collection, slug, where)
  if (!current || current === slug) return null
  const path = typeof pathOf === 'number' ? pathInPlaceOf(url, pathOf, slug, current) : pathOf(current)
  return new Response(null, { status: 301, headers: { location: `${path}${url.search}` } })
}

/**
 * The answer of a route under `/radio/<show>/…` (a show's page or feed, an episode's page or
 * files) that found nothing: a 301 when the show's address is a former one (the rest of the path
 * kept: `/radio/<new show>/feed.xml`), else, once the show is found, when the episode's address is
 * a former one of an episode of that show; else null (404).
 */
export async function redirectFromFormerRadioAddress(
  url: URL,
  show: { id: Id } | null,
  showSlug: string,
  episodeSlug?: string,
): Promise<Response | null> {
  if (!show) return redirectFromFormerAddress(url, slugs.shows, showSlug, 2)
  if (episodeSlug === undefined) return null
  return redirectFromFormerAddress(url, slugs.episodes, episodeSlug, 3, { 'where[show][equals]': show.id })
}

/** The agenda's filters whose value is a document's address, and the collection of that document. */
const ADDRESS_FILTERS = { maison: slugs.houses, theme: slugs.themes } as const

/**
 * For the agenda's routes (page, widget, share page, iCalendar feed) whose filters were refused: a
 * 301 to the same route with each `maison` or `theme` value that is a former address of a house or
 * theme replaced by its current one, the other parameters kept; else null. A calendar app
 * subscribed to one house's agenda would otherwise get an empty calendar once the house is renamed.
 */
export async function redirectFromFormerFilterValues(
  url: URL,
  known: { houses: { slug: string }[]; themes: { slug: string }[] },
): Promise<Response | null> {
  const knownOf = { maison: known.houses, theme: known.themes }
  const moved = new URL(url)
  let changed = false
  for (const [param, collection] of Object.entries(ADDRESS_FILTERS) as [keyof typeof ADDRESS_FILTERS, string][]) {
    const values = url.searchParams.getAll(param)
    const [value] = values
    if (values.length !== 1 || !value || knownOf[param].some((doc) => doc.slug === value)) continue
    const current = await content.currentSlug(collection, value)
    if (!current || current === value) continue
    moved.searchParams.set(param, current)
    changed = true
  }
  return changed ? new Response(null, { status: 301, headers: { location: `${moved.pathname}${moved.search}` } }) : null
}

/**
 * The answer of an agenda page to filters with a refused value (`readFilters`): a permanent
 * redirect when a value is a former address of a house or theme (`redirectFromFormerFilterValues`),
 * else a temporary one (302) to `path` with the accepted values alone (`query`). Temporary: the
 * days accepted move every day and houses and themes come and go, so a redirect a browser kept
 * would later send a valid address away.
 */
export async function redirectFromRefusedFilters(
  url: URL,
  known: { houses: { slug: string }[]; themes: { slug: string }[] },
  path: string,
  query: string,
): Promise<Response> {
  return (
    (await redirectFromFormerFilterValues(url, known)) ??
    new Response(null, { status: 302, headers: { location: `${path}${query}` } })
  )
}
