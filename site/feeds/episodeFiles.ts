import type { Episode } from '../../schemas/content/radio'
import { parseTranscript, transcriptText } from '../../schemas/radio/transcript'
import { publicTranscript } from '../../schemas/radio/voices'

/**
 * The files Podcasting 2.0 links from an item, built from a validated episode (pure). Each is null
 * when the episode has none: no transcript, or no chapters.
 */
export const episodeFiles = {
  /** The transcript as staff wrote it, WebVTT (`text/vtt`), voices named only with consent (`publicTranscript`). */
  vtt: (episode: Episode): string | null => {
    const transcript = publicTranscript(episode)
    const parsed = parseTranscript(transcript)
    return parsed && 'cues' in parsed ? transcript!.replace(/\r\n?/g, '\n') : null
  },
  /** The transcript as plain text, one paragraph per passage (`text/plain`), voices named only with consent. */
  text: (episode: Episode): string | null => {
    const parsed = parseTranscript(publicTranscript(episode))
    return parsed && 'cues' in parsed ? transcriptText(parsed.cues) : null
  },
  /**
   * JSON chapters, version 1.2.0 (https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md):
   * `startTime` in seconds, sorted, each chapter ending where the next starts.
   */
  chapters: (episode: Episode): string | null => {
    const chapters = [...(episode.chapters ?? [])].sort((a, b) => a.startTime - b.startTime)
    if (!chapters.length) return null
    return JSON.stringify({
      version: '1.2.0',
      chapters: chapters.map((c, i) => ({
        startTime: c.startTime,
        title: c.title,
        ...(chapters[i + 1] ? { endTime: chapters[i + 1]!.startTime } : {}),
      })),
    })
  },
}
