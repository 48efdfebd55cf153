import type { AstroGlobal } from 'astro'

import type { Article } from '../../schemas/content/journal'
import { populated } from '../../schemas/relations'
import { articleHref } from '../../schemas/addresses'
import { cachePage, FRESH_FOR } from './cache'
import { content } from './content'
import { parseIssueSegment } from './journal'

/**
 * What an article's address leads to: the article, a permanent redirect when it is asked for
 * under another issue's number (it was moved), or a 404 for an unknown article or segment.
 */
export async function resolveArticle(
  astro: Pick<AstroGlobal, 'params' | 'cache'>,
  suffix = '',
): Promise<{ article: Article } | { redirect: string } | { notFound: true }> {
  const segment = parseIssueSegment(astro.params.numero)
  if (!segment) return { notFound: true }
  const article = await content.article(astro.params.article ?? '')
  if (!article) return { notFound: true }
  const href = articleHref(populated(article.issue)?.number ?? null, article.slug)
  const asked = `${segment.kind === 'issue' ? `/journal/${segment.number}` : '/journal/hors-numero'}/${article.slug}`
  if (href !== asked) return { redirect: `${href}${suffix}` }
  cachePage(astro, FRESH_FOR.stable)
  return { article }
}
