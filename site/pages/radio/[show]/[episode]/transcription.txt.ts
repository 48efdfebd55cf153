import { episodeFilePreflight, episodeFileRoute } from '../../../../feeds/episodeFileRoute'
import { episodeFiles } from '../../../../feeds/episodeFiles'

export const GET = episodeFileRoute(episodeFiles.text, 'text/plain; charset=utf-8')
export const OPTIONS = episodeFilePreflight
