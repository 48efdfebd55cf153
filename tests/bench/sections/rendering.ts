import { SEARCH_POPULATED_FIELDS } from '../../../site/lib/content/queries'
import type { BenchHub } from '../hub'
import { ms, percentile, table } from '../stats'
import type { Template } from '../templates'

/**
 * Times of one template, in ms: answered from the cache (uncompressed: the site's front handler
 * alone), rendered with everything read again from the CMS (`uncached`), and rendered after a
 * publication of one document it shows (`frameKept`): the site then keeps the frame every page
 * reads (`site/lib/chrome.ts`) and the listed events that did not change
 * (`site/lib/content/keptDocuments.ts`).
 */
export type RenderTimes = {
  template: Template
  status: number
  uncached: number[]
  frameKept: number[]
  cached: number[]
}

/** The collections and globals of the frame every page reads: a change to them re-reads it. */
const FRAME = new Set(['identity', 'navigation', 'settings', 'houses', 'media'])

async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ ms: number; status: number; tags: string[]; cache: string | null }> {
  const start = performance.now()
  const response = await fetch(url, { redirect: 'manual', headers })
  await response.arrayBuffer()
  const tags = (response.headers.get('cache-tag') ?? '').split(',').flatMap((tag) => tag.trim() || [])
  return { ms: performance.now() - start, status: response.status, tags, cache: response.headers.get('x-astro-cache') }
}

/**
 * Collections whose change makes the search index read every document again (their names show in
 * other records: `site/lib/search/update.ts`): a publication of one starts about 40 s of work on
 * both cores at ten years, which would weigh on the renders timed after it.
 */
const READ_AGAIN_EVERYWHERE = new Set(Object.keys(SEARCH_POPULATED_FIELDS))

/**
 * The tags the CMS sends when one document the page shows is published: its collection's listing
 * tag and its own (`cms/hooks/invalidateSite.ts`), for a collection other than those above. The
 * document is one the page names, else the first of its collection. Undefined when the page shows
 * no such collection, or none of its documents can be read.
 */
async function publicationTags(hub: BenchHub, pageTags: string[]): Promise<string[] | undefined> {
  const collectionOf = (tag: string) => tag.split(':')[0]!
  const content = pageTags.filter(
    (tag) => !FRAME.has(collectionOf(tag)) && !READ_AGAIN_EVERYWHERE.has(collectionOf(tag)),
  )
  const named = content.find((tag) => tag.includes(':'))
  if (named) return [collectionOf(named), named]
  const collection = content[0]
  if (!collection) return undefined
  const response = await fetch(`${hub.cms}/api/${collection}?limit=1&depth=0&select[id]=true`)
  const id = response.ok ? ((await response.json()) as { docs: { id: number | string }[] }).docs[0]?.id : undefined
  return id === undefined ? undefined : [collection, `${collection}:${String(id)}`]
}

/** One hub whose templates are rendered, and its addresses of them (its own content's). */
export type RenderedHub = { hub: BenchHub; list: Template[] }

/** A template's address on one hub, its times there, and the publication that shows one of its documents. */
type Timed = { hub: BenchHub; url: string; times: RenderTimes; publication?: string[] }

/**
 * Each template answered from the cache and rendered anew, `rounds` times, on every one of `hubs`
 * in turn within each round: a hub's renders and another's are then timed under the same state of
 * the machine. Timed one corpus after the other, minutes apart, the same template's p50 moved by
 * half from one run to the next (the one-year home 83 ms in one report, 45 ms in the next), more
 * than the ten-year/one-year ratio it is meant to show. A template is timed on the hubs that have
 * it (by name; the first hub's list gives the order). Each round renders the template once with
 * everything it shows read again from the CMS; once every template's uncached renders are timed,
 * each is rendered `rounds` times more after a publication of one document it shows (the frame
 * kept). Times seen by a client on loopback, in ms; one list per hub, in `hubs`' order.
 *
 * Everything is read again after an invalidation of `identity` and `media`: every page and the
 * frame carry the first, and the second drops the events the site keeps between renders (their
 * houses show pictures), and neither is shown by the search index. Invalidating the page's own
 * tags did the same for the page, but their listing tags alone, which the CMS never sends, each
 * asked the search index for a complete rebuild (`site/lib/search/update.ts`): about 40 s of both
 * cores on ten years of content, during which the timed renders took about twice as long.
 *
 * The publications come last because each starts an update of the search index, which Pagefind
 * builds whole again: about 20 s of its processor time (and 3 s of the site's) on ten years of
 * content, for one event. A house page rendered meanwhile took 85 to 105 ms at p50 against 61 ms
 * (Pagefind at the lowest priority, `nice` 19, changed nothing on two shared cores). Timed between
 * the publications, the uncached renders measured those updates rather than the templates. The
 * publication is announced, not made: the document keeps its version, so the kept events are all
 * used, where a real one reads the changed event again (one more read of one event).
 */
export async function measureRendering(hubs: RenderedHub[], rounds: number): Promise<RenderTimes[][]> {
  const results: RenderTimes[][] = hubs.map(() => [])
  const templates: Timed[][] = []
  for (const { name } of hubs[0]?.list ?? []) {
    const timed: Timed[] = []
    for (const [index, { hub, list }] of hubs.entries()) {
      const template = list.find((candidate) => candidate.name === name)
      if (!template) continue
      const url = `${hub.site}${template.path}`
      const times: RenderTimes = { template, status: (await get(url)).status, uncached: [], frameKept: [], cached: [] }
      results[index]!.push(times)
      if (times.status === 200) timed.push({ hub, url, times })
    }
    await timeUncached(timed, rounds)
    templates.push(timed)
  }
  for (const timed of templates) await timeFrameKept(timed, rounds)
  return results
}

/** `rounds` rounds of one template on each hub: answered from the cache, then rendered with everything read again. */
async function timeUncached(timed: Timed[], rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++)
    for (const one of timed) {
      const { hub, url, times } = one
      // Uncompressed, a cached page always comes from the site's front handler, with its tags (a
      // rendered one names none); compressed, the first after a render comes from Astro's pipeline.
      const hit = await get(url, { 'accept-encoding': 'identity' })
      if (hit.cache === 'HIT') {
        times.cached.push(hit.ms)
        one.publication ??= await publicationTags(hub, hit.tags)
      }
      await hub.invalidate(['identity', 'media'])
      const miss = await get(url)
      if (miss.cache === 'MISS') times.uncached.push(miss.ms)
    }
}

/** `rounds` rounds of one template on each hub: rendered after the publication of one document it shows. */
async function timeFrameKept(timed: Timed[], rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++)
    for (const { hub, url, times, publication } of timed) {
      if (!publication) continue
      await hub.invalidate(publication)
      const contentMiss = await get(url)
      if (contentMiss.cache === 'MISS') times.frameKept.push(contentMiss.ms)
    }
}

/**
 * The Markdown table of one or two corpora's render times, with the ratios of their uncached p50
 * and p95. Both are printed because the p95 of a few dozen renders is one of their few slowest,
 * which one busy moment of the machine moves; the p50 shows whether the whole distribution moved.
 */
export function renderingTable(large: RenderTimes[], small?: RenderTimes[], labels = ['', '']): string {
  const rows = large.map((times) => {
    const other = small?.find((candidate) => candidate.template.name === times.template.name)
    const [p50, p95] = [percentile(times.uncached, 50), percentile(times.uncached, 95)]
    const [otherP50, otherP95] = other
      ? [percentile(other.uncached, 50), percentile(other.uncached, 95)]
      : [Number.NaN, Number.NaN]
    const ratio = (of: number, to: number) => (Number.isFinite(to) ? (of / to).toFixed(2) : '–')
    if (times.status !== 200)
      return [times.template.name, `\`${times.template.path}\``, `not served (${times.status})`, ...Array(7).fill('')]
    return [
      times.template.name,
      `\`${times.template.path}\``,
      ms(percentile(times.cached, 50)),
      ms(p50),
      ms(p95),
      ms(percentile(times.frameKept, 50)),
      ms(otherP50),
      ms(otherP95),
      ratio(p50, otherP50),
      ratio(p95, otherP95),
    ]
  })
  return table(
    [
      'template',
      'address',
      `cached p50${labels[0]}`,
      `uncached p50${labels[0]}`,
      `uncached p95${labels[0]}`,
      `frame kept p50${labels[0]}`,
      `uncached p50${labels[1]}`,
      `uncached p95${labels[1]}`,
      'ratio p50',
      'ratio p95',
    ],
    rows,
  )
}
