import type { AstroGlobal } from 'astro'

import { content } from './content'

/**
 * For a page route whose document was not found at `slug`: a permanent redirect (301) to the
 * document's current address when `slug` is one it had before, else null (the route answers 404).
 * `pathOf` builds the route's path from an address, e.g. `(s) => \`/agenda/${s}\``.
 */
export async function redirectFromFormerAddress(
  astro: Pick<AstroGlobal, 'redirect'>,
  collection: string,
  slug: string,
  pathOf: (slug: string) => string,
): Promise<Response | null> {
  if (!slug) return null
  const current = await content.currentSlug(collection, slug)
  return current && current !== slug ? astro.redirect(pathOf(current), 301) : null
}
