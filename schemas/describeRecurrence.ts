import { frenchDate, frenchTime } from './frenchDates'
import { expandOccurrences, type Occurrence, repeats, type Schedule, seriesEnd, weekdayInMonth } from './recurrence'
import type { WeekdayCode } from './recurrence'
import { weekdayCodes } from './vocabularies'

const weekdayName = (code: WeekdayCode) => weekdayCodes.label(code).toLowerCase()

const ordinal = (n: number) => (n === 1 ? '1er' : `${n}e`)

const list = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`

const floatingOf = (start: Date) => {
  const local = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(start)
  return new Date(`${local}T12:00:00Z`)
}

function hours(schedule: Schedule): string {
  if (schedule.allDay) return 'toute la journée'
  const start = frenchTime(schedule.start)
  return schedule.end ? `de ${start} à ${frenchTime(schedule.end)}` : `à ${start}`
}

function rhythm(schedule: Schedule): string {
  const recurrence = schedule.recurrence!
  const every = Math.max(1, recurrence.interval ?? 1)
  const start = new Date(schedule.start)
  const { weekday, nth } = weekdayInMonth(floatingOf(start))
  switch (recurrence.frequency) {
    case 'daily':
      return every === 1 ? 'chaque jour' : `tous les ${every} jours`
    case 'weekly': {
      const days = list((recurrence.weekdays?.length ? recurrence.weekdays : [weekday]).map(weekdayName))
      if (every === 1) return `chaque ${days}`
      if (every === 2) {
        return recurrence.weekdays && recurrence.weekdays.length > 1
          ? `le ${list(recurrence.weekdays.map(weekdayName)).replace(' et ', ' et le ')}, une semaine sur deux`
          : `un ${days} sur deux`
      }
      return `toutes les ${every} semaines, le ${days}`
    }
    default: {
      const mode = recurrence.monthlyMode ?? 'dayOfMonth'
      const day =
        mode === 'dayOfMonth'
          ? `le ${floatingOf(start).getUTCDate() === 1 ? '1er' : floatingOf(start).getUTCDate()}`
          : `le ${mode === 'lastWeekdayOfMonth' ? 'dernier' : ordinal(nth)} ${weekdayName(weekday)}`
      return every === 1 ? `${day} de chaque mois` : `${day} du mois, tous les ${every} mois`
    }
  }
}

/**
 * An event's schedule in plain French, as staff and residents say it: « chaque mercredi de
 * 17 h 30 à 20 h 30, jusqu'au 27 janvier », « le 1er samedi de chaque mois à 10 h, à partir du
 * 2 janvier », « mardi 12 janvier de 14 h à 16 h ». Times and dates use no-break spaces.
 * `now` only decides whether years are written (dates of the current year go without).
 */
export function describeSchedule(schedule: Schedule, now: Date = new Date()): string {
  const year = new Date(now).getUTCFullYear()
  if (!repeats(schedule.recurrence)) {
    return `${frenchDate(schedule.start, { weekday: true, referenceYear: year })} ${hours(schedule)}`
  }
  const sentence = `${rhythm(schedule)} ${hours(schedule)}`
  const last = lastPlanned(schedule)
  return last
    ? `${sentence}, jusqu’au ${frenchDate(last, { referenceYear: year })}`
    : `${sentence}, à partir du ${frenchDate(schedule.start, { referenceYear: year })}`
}

/** The start of the last date a finite series plans, exclusions and changes aside. */
function lastPlanned(schedule: Schedule): Date | null {
  const recurrence = schedule.recurrence
  if (!repeats(recurrence) || (!recurrence.count && !recurrence.until)) return null
  const plain = { ...schedule, end: null, recurrence: { ...recurrence, excludedDates: null, changes: null } }
  return seriesEnd(plain)
}

/**
 * How many sessions a finite series holds, as staff count them: « 3 séances (4 dates, dont 1
 * sans séance) » — RFC 5545 counts dates before exclusions, which is what the number field
 * means. Null for a series without end.
 */
export function countSessions(schedule: Schedule): string | null {
  const last = lastPlanned(schedule)
  if (!last) return null
  const from = new Date(new Date(schedule.start).getTime() - 86_400_000)
  const to = new Date(last.getTime() + 1)
  const recurrence = schedule.recurrence!
  const planned = expandOccurrences({ ...schedule, recurrence: { ...recurrence, excludedDates: null } }, from, to)
  const held = expandOccurrences(schedule, from, to).filter((o) => !o.cancelled).length
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`
  const missing = planned.length - held
  return missing > 0
    ? `${plural(held, 'séance')} (${plural(planned.length, 'date')}, dont ${missing} sans séance)`
    : plural(held, 'séance')
}
/** The next `limit` sessions held from `from` on (cancelled ones left out), within two years. */
export function nextSessions(schedule: Schedule, from: Date, limit: number): Occurrence[] {
  return expandOccurrences(schedule, from, new Date(from.getTime() + 731 * 86_400_000))
    .filter((o) => !o.cancelled)
    .slice(0, limit)
}
