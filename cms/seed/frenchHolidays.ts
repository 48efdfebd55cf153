/**
 * Whether a Paris calendar day (YYYY-MM-DD) is a French public holiday (Code du travail, art.
 * L3133-1): the eight fixed ones, Easter Monday, Ascension Thursday and Whit Monday. Demo events
 * avoid them, as the houses are closed.
 */
export function isFrenchPublicHoliday(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  if (['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].includes(day.slice(5))) return true
  const easter = easterSunday(year)
  const offset = Math.round((Date.UTC(year, month - 1, date) - easter) / 86_400_000)
  return offset === 1 || offset === 39 || offset === 50
}

/** Easter Sunday of a Gregorian year, as a UTC midnight timestamp (Meeus/Jones/Butcher algorithm). */
function easterSunday(year: number): number {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return Date.UTC(year, month - 1, day)
}
