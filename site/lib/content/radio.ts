import { EpisodeTeaser, ListedEpisode } from '../../../schemas/content/highlights'
import { archivePage, type Id, page, tolerantPage } from '../../../schemas/content/common'
import { Episode, Show } from '../../../schemas/content/radio'
import { slugs } from '../../../schemas/slugs'
import { bySlug, episodeQuery, selectOf, uncounted } from './queries'
import { oneOf, read, readAll, showing } from './read'

const showingEpisodes = showing(
  slugs.episodes,
  slugs.shows,
  slugs.audio,
  slugs.events,
  slugs.projects,
  slugs.articles,
  slugs.journalIssues,
)

/** Reads of the radio: its shows and episodes. */
export const radioReads = {
  latestEpisodes: async (limit: number) =>
    (
      await read(
        slugs.episodes,
        { sort: '-publishedAt', limit, depth: 1, ...selectOf(EpisodeTeaser), ...uncounted },
        page(EpisodeTeaser),
        showing(slugs.episodes, slugs.shows, slugs.audio),
      )
    ).docs,
  /** Every published show, by title. */
  shows: () => readAll(slugs.shows, { sort: 'title', depth: 1 }, Show, showing(slugs.shows, slugs.media)),
  show: async (slug: string) =>
    (await read(slugs.shows, bySlug(slug), tolerantPage(Show), oneOf(slugs.shows, slugs.media), { previewable: true }))
      .docs[0] ?? null,
  /** The `limit` newest published episodes of all shows, as `episodes` gives them. */
  newestEpisodes: async (limit: number) =>
    (await read(slugs.episodes, { ...episodeQuery, limit, ...uncounted }, tolerantPage(Episode), showingEpisodes)).docs,
  /**
   * Page `pageNumber` of one show's published episodes, `limit` to a page, newest first, as
   * listings show them: one bounded read however many episodes the show has.
   */
  showEpisodesPage: (showId: Id, pageNumber: number, limit: number) =>
    read(
      slugs.episodes,
      {
        'where[show][equals]': showId,
        sort: '-publishedAt',
        depth: 1,
        limit,
        page: pageNumber,
        ...selectOf(ListedEpisode),
      },
      archivePage(ListedEpisode),
      showing(slugs.episodes, slugs.shows, slugs.audio),
    ),
  /** Every published episode of one show (or of all shows), newest first. */
  episodes: (showId?: Id) =>
    readAll(
      slugs.episodes,
      showId === undefined ? episodeQuery : { ...episodeQuery, 'where[show][equals]': showId },
      Episode,
      showingEpisodes,
    ),
  episode: async (showId: Id, slug: string) =>
    (
      await read(
        slugs.episodes,
        { ...episodeQuery, 'where[slug][equals]': slug, 'where[show][equals]': showId, limit: 1, ...uncounted },
        tolerantPage(Episode),
        showingEpisodes,
        { previewable: true },
      )
    ).docs[0] ?? null,
  /**
   * The `limit` newest episodes about one event, project or article (the other side of an
   * episode's « À propos de »), and how many there are in all: the page of a subject the radio
   * follows for years stays of bounded length.
   */
  episodesAbout: async (collection: 'events' | 'projects' | 'articles', id: Id, limit: number) => {
    const answer = await read(
      slugs.episodes,
      { ...episodeQuery, 'where[about.relationTo][equals]': collection, 'where[about.value][equals]': id, limit },
      tolerantPage(Episode),
      showingEpisodes,
    )
    // Those left out as invalid are not counted: the page would point to episodes it cannot show.
    return { episodes: answer.docs, total: answer.totalDocs - answer.skipped }
  },
}
