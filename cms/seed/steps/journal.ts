import { addParisDays, parisTime } from '../../../schemas/recurrence'
import { slugs } from '../../../schemas/slugs'
import { contribution } from '../content/contribution'
import { articles, type DemoJournalIssue, journalIssue, secondIssue, secondIssueArticles } from '../content/journal'
import type { DemoArticle } from '../content/types'
import { toRichText } from '../lexical'
import { demoFile, demoImage, idOf, ownedByCooperation, published, type SeedContext } from './context'

const daysAgo = (context: SeedContext, days: number) =>
  parisTime(addParisDays(context.now, -days), '09:00').toISOString()

/** Issues n°1 and 2 of « Au fil des quartiers » with their PDFs and articles, and a letter waiting for moderation. */
export async function seedJournal(context: SeedContext): Promise<void> {
  const { payload, req } = context
  await seedIssue(context, journalIssue, articles)
  await seedIssue(context, secondIssue, secondIssueArticles)

  const { neighbourhood, ...letter } = contribution
  await payload.create({
    collection: slugs.contributions,
    data: { ...letter, neighbourhood: neighbourhood ? idOf(context, `neighbourhood:${neighbourhood}`) : undefined },
    req,
  })
}

/** One issue: its PDF and cover, its online articles, then its contents linked to them. */
async function seedIssue(context: SeedContext, demo: DemoJournalIssue, demoArticles: DemoArticle[]): Promise<void> {
  const { payload, req, ids } = context
  const pdf = await payload.create({
    collection: slugs.documents,
    data: { title: `Au fil des quartiers n°${demo.number} (édition papier)`, ...ownedByCooperation },
    filePath: demoFile(demo.pdf),
    req,
  })
  const issue = await payload.create({
    collection: slugs.journalIssues,
    data: {
      number: demo.number,
      title: demo.title,
      slug: demo.slug,
      date: daysAgo(context, demo.daysAgo),
      cover: await demoImage(context, demo.cover, `Couverture du journal Au fil des quartiers n°${demo.number}`),
      pdf: pdf.id,
      cooperation: true,
      ...published,
    },
    req,
  })
  for (const article of demoArticles) {
    const { body, easyRead, daysAgo: age, themes, neighbourhoods, houses, image, imageAlt, ...data } = article
    const doc = await payload.create({
      collection: slugs.articles,
      data: {
        ...data,
        ...published,
        body: toRichText(body),
        easyRead: easyRead ? toRichText(easyRead) : undefined,
        publishedAt: daysAgo(context, age),
        issue: issue.id,
        themes: themes.map((slug) => idOf(context, `theme:${slug}`)),
        neighbourhoods: neighbourhoods.map((slug) => idOf(context, `neighbourhood:${slug}`)),
        houses: houses.map((key) => idOf(context, `house:${key}`)),
        image: image ? await demoImage(context, image, imageAlt ?? '') : undefined,
      },
      req,
    })
    ids[`article:${article.slug}`] = doc.id
  }
  await payload.update({
    collection: slugs.journalIssues,
    id: issue.id,
    data: {
      contents: demo.contents.map(({ title, page, articleSlug }) => ({
        title,
        page,
        article: articleSlug ? idOf(context, `article:${articleSlug}`) : undefined,
      })),
      ...published,
    },
    req,
  })
}
