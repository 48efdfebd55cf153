import type { APIRoute } from 'astro'

import { buildJournalFeed, journalXml } from '../../feeds/journalFeed'
import { corsPreflight, feedResponse } from '../../feeds/respond'
import { content } from '../../lib/content'
import { siteEnv } from '../../lib/env'

/**
 * How much of the journal the feed carries: readers only look for what is new, and a feed that
 * grew with every year of archive would be read and rendered whole at each change. The older
 * issues and articles stay on /journal.
 */
const LATEST_ISSUES = 12
const LATEST_ARTICLES = 50

/** The journal « Au fil des quartiers »: its latest issues (with their PDF) and published articles. */
export const GET: APIRoute = async (context) => {
  const [issues, articles] = await Promise.all([
    content.journalIssuesForFeed(LATEST_ISSUES),
    content.articlesForFeed(LATEST_ARTICLES),
  ])
  const feed = buildJournalFeed(issues, articles, siteEnv().SITE_URL)
  return feedResponse(context, journalXml(feed), 'application/rss+xml; charset=utf-8', { cors: true })
}

/** Feed readers on the web read the feed from their own origin: its CORS preflight. */
export const OPTIONS: APIRoute = () => corsPreflight()
