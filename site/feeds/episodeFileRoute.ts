import type { APIRoute } from 'astro'

import type { Episode } from '../../schemas/content/radio'
import { content } from '../lib/content'
import { redirectFromFormerRadioAddress } from '../lib/redirects'
import { corsPreflight, feedNotFound, feedResponse } from './respond'

/**
 * The route of one of an episode's files (`/radio/<émission>/<épisode>/…`): the episode is read
 * through the content door, the file built by `make`, served with CORS and cached like a page.
 */
export const episodeFileRoute =
  (make: (episode: Episode) => string | null, type: string): APIRoute =>
  async (context) => {
    const show = await content.show(context.params.show ?? '')
    const episode = show ? await content.episode(show.id, context.params.episode ?? '') : null
    if (!episode) {
      const { url, params } = context
      return (
        (await redirectFromFormerRadioAddress(url, show, params.show ?? '', params.episode ?? '')) ??
        feedNotFound(context)
      )
    }
    const body = make(episode)
    return body === null ? feedNotFound(context) : feedResponse(context, body, type, { cors: true })
  }

/** The CORS preflight of an episode's files: answered without reading anything, like any origin's. */
export const episodeFilePreflight: APIRoute = () => corsPreflight()
