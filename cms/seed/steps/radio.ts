import { addParisDays, parisTime } from '../../../schemas/recurrence'
import { slugs } from '../../../schemas/slugs'
import { episodes, show } from '../content/radio'
import { demoFile, demoImage, ownedByCooperation, published, type SeedContext } from './context'

/**
 * The radio's show and its two episodes, with real audio whose duration the CMS reads itself,
 * WebVTT transcripts, chapters, people (named only with their consent) and the projects they are about.
 */
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
      showType: 'episodic',
      funding: { url: 'https://la-coope-valmont.fr/soutenir', label: 'Soutenir la radio de la Coopé' },
      cover: await demoImage(context, 'show-cover.jpg', `Visuel de l’émission ${show.title}`),
      cooperation: true,
    },
    req,
  })
  // Episodes say what they are about: the project that carries the radio, then the shared kitchen's one.
  const project = async (slug: string) =>
    (await payload.find({ collection: slugs.projects, where: { slug: { equals: slug } }, limit: 1, req })).docs[0]?.id
  const about = [await project('la-conserverie'), await project('la-radio')]
  for (const [index, episode] of episodes.entries()) {
    const { audio, daysAgo, ...data } = episode
    const topic = about[index]
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
        about: topic ? [{ relationTo: slugs.projects, value: topic }] : [],
        publishedAt: parisTime(addParisDays(now, -daysAgo), '10:00').toISOString(),
        cooperation: true,
      },
      req,
    })
  }
}
