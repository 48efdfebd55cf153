import type { AstroGlobal } from 'astro'

import type { Article } from '../../schemas/content/journal'
import { populated } from '../../schemas/relations'
import { articleHref } from '../../schemas/addresses'
import { slugs } from '../../schemas/slugs'
import { cachePage, FRESH_FOR } from './cache'
import { content } from './content'
import { parseIssueSegment } from './journal'

/**
 * What an article's address leads to: the article; a permanent redirect (query string kept) when
 * it is asked for under another issue's number (it was moved) or under an address it had before
 * (`previousSlugs`), in one step when both; or a 404 for an unknown article or segment.
 */
export async function resolveArticle(
  astro: Pick<AstroGlobal, 'params' | 'cache' | 'url'>,
  suffix = '',
): Promise<{ article: Article } | { redirect: string } | { notFound: true }> {
  const segment = parseIssueSegment(astro.params.numero)
  if (!segment) return { notFound: true }
  const slug = astro.params.article ?? ''
  const article = (await content.article(slug)) ?? (await underFormerAddress(slug))
  if (!article) return { notFound: true }
  const href = articleHref(populated(article.issue)?.number ?? null, article.slug)
  const asked = `${segment.kind === 'issue' ? `/journal/${segment.number}` : '/journal/hors-numero'}/${slug}`
  if (href !== asked) return { redirect: `${href}${suffix}${astro.url.search}` }
  cachePage(astro, FRESH_FOR.stable)
  return { article }
}

/**
 * The published article that had the address `slug` before, or null. Not through
 * `redirectFromFormerAddress`: an article's path also holds its issue's number, which only the
 * article itself gives, and one redirect is better than two.
 */
async function underFormerAddress(slug: string): Promise<Article | null> {
  const current = slug ? await content.currentSlug(slugs.articles, slug) : null
  return current ? content.article(current) : null
}
