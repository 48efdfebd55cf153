import RSS from 'rss'
import { v5 as uuidv5 } from 'uuid'

import type { Id } from '../../schemas/content/common'
import type { FeedArticle, FeedIssue } from '../../schemas/content/journalFeed'
import { articleHref } from '../../schemas/addresses'
import { populated } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'
import { issueFullTitle } from '../lib/journal'

export const JOURNAL_FEED_PATH = '/journal/rss.xml'

/** The journal's feed as its pages advertise it (`<link rel="alternate">` in Base.astro). */
export const JOURNAL_FEED = { title: 'Le journal « Au fil des quartiers » (RSS)', href: JOURNAL_FEED_PATH }

/** The namespace of the journal's item guids (UUIDv5): fixed once, never to change. */
export const JOURNAL_GUID_NAMESPACE = 'e59c1c3f-edba-4a77-b66a-330675748f00'

/**
 * The permanent guid of a journal feed item (`isPermaLink="false"`, which the `rss` package writes
 * for any guid given): a `urn:uuid:` like the radio's episode guids, derived from the collection
 * and the document's id. Never from the address: a renamed article or a renumbered issue would
 * then come back as new in every feed reader.
 */
export function journalGuid(collection: typeof slugs.articles | typeof slugs.journalIssues, id: Id): string {
  return `urn:uuid:${uuidv5(`${collection}/${String(id)}`, JOURNAL_GUID_NAMESPACE)}`
}

export type JournalItem = {
  title: string
  summary: string
  link: string
  guid: string
  date: Date
  enclosure: { url: string; length: number; type: string } | null
}

export type JournalFeed = { title: string; description: string; link: string; feedUrl: string; items: JournalItem[] }

/**
 * The journal's feed from validated issues and published articles (the CMS only gives anonymous
 * visitors published ones): each issue with its PDF as enclosure (exact byte length), each article
 * with its summary and the address of its page (under its issue, or outside any), newest first.
 * `origin` is the site's public address. Pure.
 */
export function buildJournalFeed(issues: FeedIssue[], articles: FeedArticle[], origin: string): JournalFeed {
  const issueItems = issues.map((issue): JournalItem => {
    const pdf = typeof issue.pdf === 'object' ? issue.pdf : null
    const contents = (issue.contents ?? []).map((entry) => entry.title)
    return {
      title: issueFullTitle(issue),
      summary: contents.length ? `Au sommaire : ${contents.join(' ; ')}.` : `Le numéro ${issue.number} du journal.`,
      link: `${origin}/journal/${issue.number}`,
      guid: journalGuid(slugs.journalIssues, issue.id),
      date: new Date(issue.date),
      enclosure:
        pdf?.filesize && pdf.mimeType
          ? { url: new URL(pdf.url, origin).href, length: pdf.filesize, type: pdf.mimeType }
          : null,
    }
  })
  const articleItems = articles.map((article): JournalItem => ({
    title: article.title,
    summary: article.summary ?? '',
    // Where the article's page is (lib/articlePage.ts): under its issue, else outside any.
    link: origin + articleHref(populated(article.issue)?.number ?? null, article.slug),
    guid: journalGuid(slugs.articles, article.id),
    date: new Date(article.publishedAt),
    enclosure: null,
  }))
  return {
    title: 'Au fil des quartiers, le journal de la Coopé',
    description: 'Les numéros et les articles du journal des habitant·es des quartiers de la Coopé.',
    link: `${origin}/journal`,
    feedUrl: origin + JOURNAL_FEED_PATH,
    items: [...issueItems, ...articleItems].sort((a, b) => b.date.getTime() - a.date.getTime()),
  }
}

/** Writes the journal's feed as RSS 2.0 with the `rss` package. Pure. */
export function journalXml(feed: JournalFeed): string {
  const rss = new RSS({
    title: feed.title,
    description: feed.description,
    site_url: feed.link,
    feed_url: feed.feedUrl,
    language: 'fr',
    generator: 'La Coopé',
    pubDate: feed.items[0]?.date,
  })
  for (const item of feed.items) {
    rss.item({
      title: item.title,
      description: item.summary,
      url: item.link,
      guid: item.guid,
      date: item.date,
      ...(item.enclosure
        ? { enclosure: { url: item.enclosure.url, size: item.enclosure.length, type: item.enclosure.type } }
        : {}),
    })
  }
  return rss.xml({ indent: false })
}
