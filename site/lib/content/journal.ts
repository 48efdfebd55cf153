import { ArticleTeaser, IssueTeaser, ListedIssue } from '../../../schemas/content/highlights'
import { Article, Issue } from '../../../schemas/content/journal'
import { FeedArticle, FeedIssue } from '../../../schemas/content/journalFeed'
import { archivePage, type Id, page, tolerantPage } from '../../../schemas/content/common'
import { slugs } from '../../../schemas/slugs'
import { bySlug, selectOf, uncounted } from './queries'
import { oneOf, read, readAll, showing } from './read'

/** Reads of the journal « Au fil des quartiers »: its issues and articles, and its feed's. */
export const journalReads = {
  latestArticles: async (limit: number) =>
    (
      await read(
        slugs.articles,
        { sort: '-publishedAt', limit, depth: 1, ...selectOf(ArticleTeaser), ...uncounted },
        page(ArticleTeaser),
        showing(slugs.articles, slugs.media),
      )
    ).docs,
  /** The issue published last (by its date: numbers need not follow dates), as the home shows it. */
  latestIssue: async () =>
    (
      await read(
        slugs.journalIssues,
        { sort: '-date', limit: 1, depth: 1, ...selectOf(IssueTeaser), ...uncounted },
        page(IssueTeaser),
        showing(slugs.journalIssues, slugs.media, slugs.documents),
      )
    ).docs[0] ?? null,
  /**
   * The `limit` latest journal issues by publication date, newest first, for the feed. Numbers do
   * not follow dates (a special issue, a late number), and the feed is about what is new.
   */
  journalIssuesForFeed: async (limit: number) =>
    (
      await read(
        slugs.journalIssues,
        {
          sort: '-date',
          depth: 1,
          limit,
          ...selectOf(FeedIssue),
          // The summary's own titles are shown, not the articles its entries link to.
          'populate[articles][slug]': 'true',
          ...uncounted,
        },
        tolerantPage(FeedIssue),
        showing(slugs.journalIssues, slugs.documents),
      )
    ).docs,
  /** The `limit` latest published articles, for the feed. */
  articlesForFeed: async (limit: number) =>
    (
      await read(
        slugs.articles,
        {
          sort: '-publishedAt',
          depth: 1,
          limit,
          ...selectOf(FeedArticle),
          'populate[journal-issues][number]': 'true',
          ...uncounted,
        },
        tolerantPage(FeedArticle),
        showing(slugs.articles, slugs.journalIssues),
      )
    ).docs,
  /**
   * Page `pageNumber` of the journal's issues, `limit` to a page, highest number first, as the
   * journal's listing shows them: one bounded read however many issues the archive holds.
   */
  issuesPage: (pageNumber: number, limit: number) =>
    read(
      slugs.journalIssues,
      { sort: '-number', depth: 1, limit, page: pageNumber, ...selectOf(ListedIssue) },
      archivePage(ListedIssue),
      showing(slugs.journalIssues, slugs.media, slugs.documents),
    ),
  /**
   * Page `pageNumber` of the online articles published outside any issue, `limit` to a page,
   * newest first (relations as bare ids: these lists show no picture).
   */
  outsideArticlesPage: (pageNumber: number, limit: number) =>
    read(
      slugs.articles,
      {
        'where[issue][exists]': 'false',
        sort: '-publishedAt',
        depth: 0,
        limit,
        page: pageNumber,
        ...selectOf(ArticleTeaser),
      },
      archivePage(ArticleTeaser),
      showing(slugs.articles),
    ),
  issue: async (number: number) =>
    (
      await read(
        slugs.journalIssues,
        { 'where[number][equals]': number, limit: 1, depth: 1, ...uncounted },
        page(Issue),
        oneOf(slugs.journalIssues, slugs.media, slugs.documents, slugs.articles),
        { previewable: true },
      )
    ).docs[0] ?? null,
  /** The online articles of one issue, newest first. */
  issueArticles: (issueId: Id) =>
    readAll(
      slugs.articles,
      { 'where[issue][equals]': issueId, sort: '-publishedAt', depth: 1 },
      ArticleTeaser,
      showing(slugs.articles, slugs.media),
    ),
  article: async (slug: string) =>
    (
      await read(
        slugs.articles,
        bySlug(slug),
        page(Article),
        oneOf(slugs.articles, slugs.journalIssues, slugs.media, slugs.themes, slugs.neighbourhoods),
        { previewable: true },
      )
    ).docs[0] ?? null,
}
