import type { APIRoute } from 'astro'

import { buildJournalFeed, journalXml } from '../../feeds/journalFeed'
import { feedResponse } from '../../feeds/respond'
import { content } from '../../lib/content'
import { siteEnv } from '../../lib/env'

/** The journal « Au fil des quartiers »: its issues (with their PDF) and published articles. */
export const GET: APIRoute = async (context) => {
  const [issues, articles] = await Promise.all([content.journalIssuesForFeed(), content.articlesForFeed()])
  const feed = buildJournalFeed(issues, articles, siteEnv().SITE_URL)
  return feedResponse(context, journalXml(feed), 'application/rss+xml; charset=utf-8')
}
