import { frenchTime } from '../../schemas/frenchDates'
import { TIME_ZONE } from '../../schemas/slugs'

const inParis = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, ...options })

const longDay = inParis({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const shortDay = inParis({ weekday: 'short', day: 'numeric', month: 'short' })

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "Mardi 1er décembre 2026", for headings; `inSentence` keeps the weekday lowercase ("paru le mardi…"). */
export const formatDay = (date: Date | string, inSentence = false) => {
  const text = longDay.format(new Date(date)).replace(/ 1 /, ' 1er ')
  return inSentence ? text : capitalise(text)
}
export const formatShortDay = (date: Date | string) => capitalise(shortDay.format(new Date(date)))
/** « 8 h 45 », « 19 h », never broken across lines. */
export const formatTime = frenchTime

/** "de 14 h à 16 h 30", "à 18 h 30" or "toute la journée". */
export function formatHours(start: Date, end: Date | null, allDay?: boolean | null): string {
  if (allDay) return 'toute la journée'
  return end ? `de ${formatTime(start)} à ${formatTime(end)}` : `à ${formatTime(start)}`
}

/** "12 min 30 s" from seconds: how long an episode lasts, for people. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  const rest = Math.round(seconds % 60)
  return minutes ? `${minutes} min${rest ? ` ${rest} s` : ''}` : `${rest} s`
}
