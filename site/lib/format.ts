import { frenchClock, frenchTime, NBSP } from '../../schemas/frenchDates'
import { TIME_ZONE } from '../../schemas/slugs'
import { openingDays } from '../../schemas/vocabularies'

/** Non-breaking space: between a number and its unit ("8 h 45", "12 Ko") and before « : ». */
export { NBSP }
/** Narrow non-breaking space: before « ; ! ? » and inside « » (French typography). */
export const NNBSP = '\u202f'

const inParis = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, ...options })

const dayParts = inParis({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const shortDayParts = inParis({ weekday: 'short', day: 'numeric', month: 'short' })
const dayMonthParts = inParis({ day: 'numeric', month: 'long' })

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Formats with Intl, writing the first day of a month "1er" as French does ("1er décembre"). */
const withFirst = (format: Intl.DateTimeFormat, date: Date) =>
  format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('')
    .replace(/ /g, NBSP)
    .replace(/^(\p{L}+\.?),?\u00a0/u, '$1 ')

/** "Mardi 1er décembre 2026", for headings; `inSentence` keeps the weekday lowercase ("paru le mardi…"). */
export const formatDay = (date: Date | string, inSentence = false) => {
  const text = withFirst(dayParts, new Date(date))
  return inSentence ? text : capitalise(text)
}
/** "Mar. 1er déc.": a day in a compact list. */
export const formatShortDay = (date: Date | string) => capitalise(withFirst(shortDayParts, new Date(date)))
/** "1er décembre": a day of the current year in running text. */
export const formatDayMonth = (date: Date | string) => withFirst(dayMonthParts, new Date(date))

/** "8 h 45", "19 h" (never "08 h 45" nor "19 h 00"), with non-breaking spaces so it never breaks. */
export const formatClock = frenchClock

/** A moment's time of day in Paris, French style ("8 h 45", "19 h"). */
export const formatTime = frenchTime

/** "09:30" as stored by the CMS → "9 h 30"; anything else is returned unchanged. */
export function formatClockText(value: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value)
  return match ? formatClock(Number(match[1]), Number(match[2])) : value
}

/** "de 14 h à 16 h 30", "à 18 h 30" or "toute la journée". */
export function formatHours(start: Date, end: Date | null, allDay?: boolean | null): string {
  if (allDay) return 'toute la journée'
  return end ? `de ${formatTime(start)} à ${formatTime(end)}` : `à ${formatTime(start)}`
}

/** "12 min 30 s" from seconds: how long an episode lasts, for people. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  const rest = Math.round(seconds % 60)
  return minutes ? `${minutes}${NBSP}min${rest ? ` ${rest}${NBSP}s` : ''}` : `${rest}${NBSP}s`
}

/** A file's size for people: "850 Ko", "2,4 Mo" (French decimal comma, 1 Ko = 1024 octets). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}${NBSP}Ko`
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}${NBSP}Mo`
}

/** A web address typed in text (`https://…`, `www.…`): its « : ? ! ; » are not punctuation. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>«»"]*[^\s<>«»".,;:!?)]/giu

/** The marks French spacing is about. */
const SPACED_MARKS = /[:;!?«»]/u

/** French spacing in a piece of text that holds no address. */
const spaceMarks = (text: string): string =>
  text
    // A mark that opens the piece (after a bold word, in rich text) belongs to the word before it.
    .replace(/^[ \u00a0\u202f]+([;!?]+)(?=\s|$|[»)])/u, `${NNBSP}$1`)
    .replace(/^[ \u00a0\u202f]+:(?=\s|$)/u, `${NBSP}:`)
    .replace(/(\S)[ \u00a0\u202f]*([;!?]+)(?=\s|$|[»)])/gu, (all, before: string, marks: string) =>
      ';!?'.includes(before) ? all : `${before}${NNBSP}${marks}`,
    )
    .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/gu, `$1${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)

/**
 * French spacing in text typed by people: a non-breaking space before « : », a narrow one before
 * « ; ! ? » and inside « » (replacing any ordinary space there). A mark not followed by a space or
 * the end (a time "09:30") and web addresses ("https://…?a=1") are left alone; text already
 * spaced right is returned unchanged, so applying it twice changes nothing.
 */
export function frenchSpacing(text: string): string {
  // Most strings hold no mark at all: they skip the address scan and the six replacements.
  if (!SPACED_MARKS.test(text)) return text
  let spaced = ''
  let from = 0
  for (const address of text.matchAll(WEB_ADDRESS)) {
    spaced += spaceMarks(text.slice(from, address.index)) + address[0]
    from = address.index + address[0].length
  }
  return spaced + spaceMarks(text.slice(from))
}

type OpeningSlot = { day: string; opens: string; closes: string }

const WEEK = openingDays.values as readonly string[]

const daysInWords = (days: string[]): string => {
  const names = days.map((day) => openingDays.label(day as never).toLowerCase())
  if (names.length === 1) return `le ${names[0]}`
  if (names.length === 2) return `le ${names[0]} et le ${names[1]}`
  return `du ${names[0]} au ${names.at(-1)}`
}

/**
 * A house's opening hours in a few lines instead of one row per slot: consecutive days with the
 * same hours are grouped ("du lundi au vendredi, 9 h – 12 h et 14 h – 18 h", "le samedi,
 * 9 h 30 – 12 h 30"). Days run Monday to Sunday; slots of a day are sorted by opening time.
 * Returns one `{ days, hours }` per group, in week order; days without slots are omitted.
 */
export function groupOpeningHours(slots: readonly OpeningSlot[]): { days: string; hours: string }[] {
  const hoursOf = (day: string) =>
    slots
      .filter((slot) => slot.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((slot) => `${formatClockText(slot.opens)} – ${formatClockText(slot.closes)}`)
      .join(' et ')
  const groups: { days: string[]; hours: string }[] = []
  let previous: string | null = null
  for (const day of WEEK) {
    const hours = hoursOf(day)
    const last = groups.at(-1)
    if (hours && last && last.hours === hours && previous === last.days.at(-1)) last.days.push(day)
    else if (hours) groups.push({ days: [day], hours })
    previous = day
  }
  return groups.map((group) => ({ days: daysInWords(group.days), hours: group.hours }))
}
