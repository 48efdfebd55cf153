import { episodeFilePreflight, episodeFileRoute } from '../../../../feeds/episodeFileRoute'
import { episodeFiles } from '../../../../feeds/episodeFiles'

export const GET = episodeFileRoute(episodeFiles.vtt, 'text/vtt; charset=utf-8')
export const OPTIONS = episodeFilePreflight
