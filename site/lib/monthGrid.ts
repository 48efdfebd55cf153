/** A month as weeks from Monday to Sunday: each cell a Paris day (YYYY-MM-DD) or null outside the month. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7
  const cells: (string | null)[] = Array.from({ length: lead }, () => null)
  for (let d = 1; d <= days; d += 1) {
    cells.push(`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  }
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * The month of an address (`2027-03`), when it is within `years` years of `now`'s year; null
 * otherwise, so that the set of month pages (and of cache entries) stays bounded.
 */
export function readMonth(
  value: string | undefined,
  nowYear: number,
  years = 3,
): { year: number; month: number } | null {
  const match = MONTH.exec(value ?? '')
  if (!match) return null
  const year = Number(match[1])
  if (Math.abs(year - nowYear) > years) return null
  return { year, month: Number(match[2]) }
}

/** The month before or after (`step` -1 or 1) as `AAAA-MM`. */
export function shiftMonth(year: number, month: number, step: number): string {
  const date = new Date(Date.UTC(year, month - 1 + step, 1))
  return date.toISOString().slice(0, 7)
}

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** A month's name with its year, as French writes it (`avril 2027`); `month` from 1 to 12. */
export const monthName = (year: number, month: number): string =>
  monthFormat.format(new Date(Date.UTC(year, month - 1, 15)))

/**
 * « de » and a month's name, elided before a vowel as French writes it: `d’avril 2027`,
 * `d’août 2027`, `d’octobre 2027`, `de mars 2027`.
 */
export const ofMonth = (name: string): string => (/^[aeiouy]/i.test(name) ? `d’${name}` : `de ${name}`)
