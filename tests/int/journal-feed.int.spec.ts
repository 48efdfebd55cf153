import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { buildJournalFeed, journalXml } from '../../site/feeds/journalFeed'
import { richText } from '../helpers/accessCases'
import { routeCmsFetch } from '../helpers/cmsOverHttp'
import { pdfFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'

const SITE = 'https://journal.example.org'
const CMS = 'http://cms.test'
let cms: TestCms
let restore: () => void
let xml: string
let pdfSize: number
let content: typeof import('../../site/lib/content').content

beforeAll(async () => {
  cms = await startTestCms({ SITE_URL: SITE, CMS_URL: CMS })
  restore = routeCmsFetch(cms.config, CMS)
  ;({ content } = await import('../../site/lib/content'))
  const pdf = await cms.payload.create({
    collection: slugs.documents,
    data: { title: 'Numéro 3', cooperation: true },
    file: pdfFile(),
  })
  pdfSize = pdf.filesize!
  const issue = await cms.payload.create({
    collection: slugs.journalIssues,
    data: {
      number: 3,
      title: 'Printemps',
      date: '2026-11-01T10:00:00.000Z',
      pdf: pdf.id,
      contents: [{ title: 'La conserverie' }],
      cooperation: true,
      _status: 'published',
    },
  })
  const article = (title: string, status: 'published' | 'draft') =>
    cms.payload.create({
      collection: slugs.articles,
      draft: status === 'draft',
      data: {
        title,
        slug: title.toLowerCase().replace(/\s+/g, '-'),
        summary: `Chapô de ${title}.`,
        body: richText('Texte') as never,
        publishedAt: '2026-11-10T10:00:00.000Z',
        issue: issue.id,
        cooperation: true,
        _status: status,
      },
    })
  await article('Les bocaux', 'published')
  await article('Pas encore', 'draft')
  const [issues, articles] = await Promise.all([content.journalIssuesForFeed(12), content.articlesForFeed(50)])
  xml = journalXml(buildJournalFeed(issues, articles, SITE))
})
afterAll(async () => {
  restore()
  await cms.stop()
})

describe('journal RSS', () => {
  it('lists issues with their PDF as enclosure and published articles only, in rss-parser', async () => {
    const feed = await new Parser().parseString(xml)
    expect(feed.title).toBe('Au fil des quartiers, le journal de la Coopé')
    expect(feed.feedUrl ?? xml).toContain(`${SITE}/journal/rss.xml`)
    expect(feed.items.map((item) => item.title)).toEqual(['Les bocaux', 'Au fil des quartiers n° 3 : Printemps'])
    const [article, issue] = feed.items
    expect(article!.link).toBe(`${SITE}/journal/3/les-bocaux`)
    expect(article!.contentSnippet).toBe('Chapô de Les bocaux.')
    expect(issue!.link).toBe(`${SITE}/journal/3`)
    expect(issue!.enclosure).toEqual({
      url: expect.stringMatching(new RegExp(`^${SITE}/fichiers/documents/numero-[0-9a-f]{12}\\.pdf$`)),
      length: String(pdfSize),
      type: 'application/pdf',
    })
    expect(xml).not.toContain('Pas encore')
  })

  it('carries the latest issues by publication date, whatever their numbers, as the home does', async () => {
    // A special issue numbered after the regular ones but published long before them.
    const special = await cms.payload.create({
      collection: slugs.journalIssues,
      data: {
        number: 90,
        title: 'Hors-série',
        date: '2025-06-01T10:00:00.000Z',
        cooperation: true,
        _status: 'published',
      },
    })
    try {
      const [latest] = await content.journalIssuesForFeed(1)
      expect(latest?.number).toBe(3)
      expect((await content.latestIssue())?.number).toBe(3)
    } finally {
      await cms.payload.delete({ collection: slugs.journalIssues, id: special.id })
    }
  })
})
