import webvtt from 'webvtt-parser'

/** One timed passage of a transcript: seconds from the start, who speaks (a `<v>` voice), plain text. */
export type TranscriptCue = { start: number; end: number; speaker: string | null; text: string }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '', rlm: '' }
/** Cue text with WebVTT's character references (`&amp;`, `&lt;`…) read. */
export const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name]!)

/** A voice span's start tag, `<v Name>` or `<v.class Name>`: its classes (with their dot) and the name as written. */
export const VOICE_TAG = /<v(\.[^ \t>]*)?[ \t]+([^>]+)>/g

/**
 * Parses a WebVTT transcript (W3C WebVTT, https://www.w3.org/TR/webvtt1/) with webvtt-parser.
 * Returns its cues as plain text (markup removed, the speaker taken from a leading `<v Name>`
 * span), or the first problem in French with its line number, or `null` for an empty text.
 */
export function parseTranscript(
  text: string | null | undefined,
): { cues: TranscriptCue[] } | { problem: string } | null {
  if (!text?.trim()) return null
  const { cues, errors } = new webvtt.WebVTTParser().parse(text.replace(/\r\n?/g, '\n'))
  const first = errors[0]
  if (first) {
    const signature = first.message.includes('signature')
    return {
      problem: signature
        ? 'La transcription doit être au format WebVTT : sa première ligne doit être « WEBVTT ».'
        : `La transcription n’est pas un WebVTT valide à la ligne ${first.line} : chaque passage commence par une ligne de temps comme « 00:00:03.000 --> 00:00:08.000 », suivie du texte, puis d’une ligne vide.`,
    }
  }
  if (!cues.length) return { problem: 'La transcription WebVTT ne contient aucun passage minuté.' }
  return {
    cues: cues.map((cue) => {
      const voice = /^<v(?:\.[^ >]*)?[ \t]+([^>]+)>/.exec(cue.text)
      return {
        start: cue.startTime,
        end: cue.endTime,
        speaker: voice ? decode(voice[1]!.trim()) : null,
        text: decode(cue.text.replace(/<[^>]*>/g, ''))
          .replace(/\s+/g, ' ')
          .trim(),
      }
    }),
  }
}

/** Payload field validation: `true`, or the French reason the transcript is refused. */
export const validateTranscript = (value: string | null | undefined): true | string => {
  const parsed = parseTranscript(value)
  return parsed && 'problem' in parsed ? parsed.problem : true
}

/** The transcript as plain text (`podcast:transcript type="text/plain"`): one paragraph per cue, « Nom : ». */
export const transcriptText = (cues: readonly TranscriptCue[]): string =>
  cues.map((cue) => (cue.speaker ? `${cue.speaker}\u00a0: ${cue.text}` : cue.text)).join('\n\n') + '\n'
