import type { AboutLink, Episode, Show } from '../../schemas/content/radio'
import { PUBLIC_FILES_PATH, publicFilesBase } from '../../schemas/files'
import { PODCAST_ART_FOLDER, podcastArtName } from '../files/podcastArtName'

/** A link to something an episode is about, on the site (absolute when `origin` is given). */
export type AboutTarget = { kind: AboutLink['relationTo']; title: string; path: string }

/** French names of what an episode can be about, for « À propos de ». */
export const aboutKinds: Record<AboutTarget['kind'], string> = {
  events: 'Événement',
  projects: 'Projet',
  articles: 'Article du journal',
}

/**
 * The site addresses of what an episode is about (`/agenda/<slug>`, `/projets/<slug>`,
 * `/journal/<numéro>/<slug>`); documents the visitor may not read, and articles outside any
 * issue, are left out.
 */
export function aboutTargets(episode: Pick<Episode, 'about'>): AboutTarget[] {
  return (episode.about ?? []).flatMap((link): AboutTarget[] => {
    const doc = link.value
    if (typeof doc !== 'object') return []
    if (link.relationTo === 'events') return [{ kind: 'events', title: doc.title, path: `/agenda/${doc.slug}` }]
    if (link.relationTo === 'projects') return [{ kind: 'projects', title: doc.title, path: `/projets/${doc.slug}` }]
    const issue = 'issue' in doc ? doc.issue : null
    if (!issue || typeof issue !== 'object') return []
    return [{ kind: 'articles', title: doc.title, path: `/journal/${issue.number}/${doc.slug}` }]
  })
}

/** People who agreed to be named, in the order staff listed them. */
export const namedPeople = (episode: Pick<Episode, 'people'>) => (episode.people ?? []).filter((p) => p.consent)

/**
 * The address of the podcast artwork made from a show's cover (a square JPEG of 1400 to 3000 px,
 * `site/files/podcastArt.ts`), named after the cover's own content-addressed file name and signed.
 */
export function podcastArtUrl(show: Pick<Show, 'cover'>): string | null {
  const cover = typeof show.cover === 'object' ? show.cover : null
  const name = cover?.url.split('/').pop()
  return name ? `${publicFilesBase()}${PUBLIC_FILES_PATH}/${PODCAST_ART_FOLDER}/${podcastArtName(name)}` : null
}
