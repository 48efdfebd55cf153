import { addParisDays, parisTime } from '../../../schemas/recurrence'
import { slugs } from '../../../schemas/slugs'
import { contribution } from '../content/contribution'
import { articles, journalIssue } from '../content/journal'
import { toRichText } from '../lexical'
import { demoFile, demoImage, idOf, ownedByCooperation, published, type SeedContext } from './context'

const daysAgo = (context: SeedContext, days: number) =>
  parisTime(addParisDays(context.now, -days), '09:00').toISOString()

/** Issue n°1 of « Au fil des quartiers » with its PDF and articles, and a letter waiting for moderation. */
export async function seedJournal(context: SeedContext): Promise<void> {
  const { payload, req, ids } = context
  const pdf = await payload.create({
    collection: slugs.documents,
    data: { title: `Au fil des quartiers n°${journalIssue.number} (édition papier)`, ...ownedByCooperation },
    filePath: demoFile('journal-1.pdf'),
    req,
  })
  const issue = await payload.create({
    collection: slugs.journalIssues,
    data: {
      number: journalIssue.number,
      title: journalIssue.title,
      slug: journalIssue.slug,
      date: daysAgo(context, journalIssue.daysAgo),
      cover: await demoImage(
        context,
        'journal-cover-1.jpg',
        `Couverture du journal Au fil des quartiers n°${journalIssue.number}`,
      ),
      pdf: pdf.id,
      cooperation: true,
      ...published,
    },
    req,
  })
  for (const article of articles) {
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
      contents: journalIssue.contents.map(({ title, page, articleSlug }) => ({
        title,
        page,
        article: articleSlug ? idOf(context, `article:${articleSlug}`) : undefined,
      })),
      ...published,
    },
    req,
  })

  const { neighbourhood, ...letter } = contribution
  await payload.create({
    collection: slugs.contributions,
    data: { ...letter, neighbourhood: neighbourhood ? idOf(context, `neighbourhood:${neighbourhood}`) : undefined },
    req,
  })
}
