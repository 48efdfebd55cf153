import { decode, VOICE_TAG } from './transcript'

/** Someone listed on an episode, and whether they agreed to be named publicly. */
export type ListedPerson = { name: string; consent?: boolean | null }

/** What a voice is called when it may not be named. */
export const UNNAMED_VOICE = 'Intervenant·e'

const normal = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr-FR')

/** Whether a voice written `voice` may be this person: their whole name, or its first word(s) (« Karim »). */
const mayBe = (voice: string, person: ListedPerson): boolean => {
  const [written, name] = [normal(voice), normal(person.name)]
  return written !== '' && (name === written || name.startsWith(`${written} `))
}

/**
 * Whether a voice may be shown under its name: only when it can be nobody but people of the
 * episode who agreed to be named. A voice that is nobody listed, or that could be someone who did
 * not agree (two « Awa », one without consent), is not named.
 */
export const mayName = (voice: string, people: readonly ListedPerson[]): boolean => {
  const candidates = people.filter((person) => mayBe(voice, person))
  return candidates.length > 0 && candidates.every((person) => person.consent === true)
}

/**
 * A WebVTT transcript in which every voice (`<v Prénom Nom>`) that may not be named, as
 * `mayName` says, becomes « Intervenant·e » (« Intervenant·e 1 », « 2 »… in order of first
 * appearance when several voices are unnamed, so a conversation can still be followed). Pure; the
 * rest of the text is kept as staff wrote it.
 *
 * Names are replaced where the transcript is shown, not refused at upload: the transcript is how
 * deaf and hard-of-hearing residents follow the radio, and a refusal would hold all of it back (or
 * lead staff to drop the voices) over a label the site can make neutral by itself; and consent
 * can be withdrawn after the upload, which only a check at each showing honours.
 */
export function withConsentedVoices(text: string, people: readonly ListedPerson[]): string {
  const voices = [...text.matchAll(VOICE_TAG)].map((match) => decode(match[2]!.trim()))
  const unnamed = [...new Set(voices.filter((voice) => !mayName(voice, people)))]
  return text.replace(VOICE_TAG, (tag, classes: string | undefined, written: string) => {
    const voice = decode(written.trim())
    if (mayName(voice, people)) return tag
    const label = unnamed.length > 1 ? `${UNNAMED_VOICE} ${unnamed.indexOf(voice) + 1}` : UNNAMED_VOICE
    return `<v${classes ?? ''} ${label}>`
  })
}

/** An episode's transcript as it may be shown to the public (`withConsentedVoices`), or null without one. */
export const publicTranscript = (episode: {
  transcript?: string | null
  people?: readonly ListedPerson[] | null
}): string | null => (episode.transcript ? withConsentedVoices(episode.transcript, episode.people ?? []) : null)
