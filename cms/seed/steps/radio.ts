import { addParisDays, parisTime } from '../../../schemas/recurrence'
import { slugs } from '../../../schemas/slugs'
import { episodes, show } from '../content/radio'
import { demoFile, demoImage, ownedByCooperation, published, type SeedContext } from './context'

/** The radio's show and its two episodes, with real audio whose duration the CMS reads itself. */
export async function seedRadio(context: SeedContext): Promise<void> {
  const { payload, req, now } = context
  const created = await payload.create({
    collection: slugs.shows,
    data: {
      ...show,
      ...published,
      language: 'fr',
      category: 'Society & Culture',
      explicit: false,
      cover: await demoImage(context, 'show-cover.jpg', `Visuel de l’émission ${show.title}`),
      cooperation: true,
    },
    req,
  })
  for (const episode of episodes) {
    const { audio, daysAgo, ...data } = episode
    const file = await payload.create({
      collection: slugs.audio,
      data: { title: episode.title, ...ownedByCooperation },
      filePath: demoFile(audio),
      req,
    })
    await payload.create({
      collection: slugs.episodes,
      data: {
        ...data,
        ...published,
        episodeType: 'full',
        show: created.id,
        audio: file.id,
        publishedAt: parisTime(addParisDays(now, -daysAgo), '10:00').toISOString(),
        cooperation: true,
      },
      req,
    })
  }
}
