import { TIME_ZONE } from './slugs'

/** The no-break space that keeps « 20 h 30 » and « 1er décembre » on one line. */
export const NBSP = '\u00a0'

const PARIS_FRENCH = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  hour: 'numeric',
  minute: 'numeric',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  weekday: 'long',
  hourCycle: 'h23',
})

const parts = (instant: Date | string) => {
  const values = PARIS_FRENCH.formatToParts(new Date(instant))
  const get = (type: Intl.DateTimeFormatPartTypes) => values.find((p) => p.type === type)?.value ?? ''
  return {
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    day: Number(get('day')),
    month: get('month'),
    year: Number(get('year')),
    weekday: get('weekday'),
  }
}

/**
 * A clock time as French typography writes it: « 8 h 45 », « 19 h », « 20 h 30 » (never « 08 h 45 »
 * nor « 19 h 00 »), with no-break spaces so it never breaks across lines (Lexique des règles
 * typographiques).
 */
export const frenchClock = (hour: number, minute: number): string =>
  minute ? `${hour}${NBSP}h${NBSP}${String(minute).padStart(2, '0')}` : `${hour}${NBSP}h`

/** The Paris clock time of an instant, French style (see {@link frenchClock}). */
export function frenchTime(instant: Date | string): string {
  const { hour, minute } = parts(instant)
  return frenchClock(hour, minute)
}

/**
 * A Paris calendar day: « 1er décembre », with the year when it differs from `referenceYear`
 * (« 27 janvier 2028 ») and the weekday first when asked (« mercredi 27 janvier »).
 */
export function frenchDate(
  instant: Date | string,
  options: { weekday?: boolean; referenceYear?: number } = {},
): string {
  const { day, month, year, weekday } = parts(instant)
  const date = `${day === 1 ? '1er' : day}${NBSP}${month}`
  const withYear = options.referenceYear !== undefined && options.referenceYear !== year ? `${date} ${year}` : date
  return options.weekday ? `${weekday} ${withYear}` : withYear
}

/** The Paris year of an instant. */
export const parisYear = (instant: Date | string): number => parts(instant).year
