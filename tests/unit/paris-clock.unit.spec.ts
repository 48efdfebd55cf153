import { TZDate, tzOffset } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'

import { parisInstant, parisOffset, parisWallClock } from '../../schemas/parisClock'
import { TIME_ZONE } from '../../schemas/slugs'

const HOUR = 3_600_000
const FROM = Date.UTC(1976, 0, 1)
const UNTIL = Date.UTC(2041, 0, 1)

/** Every instant, from 1976 (when France went back to summer time) to 2040, at which Paris changes offset. */
function transitions(): number[] {
  const found: number[] = []
  const offset = (time: number) => tzOffset(TIME_ZONE, new Date(time))
  for (let time = FROM; time < UNTIL; time += 6 * HOUR) {
    if (offset(time) === offset(time + 6 * HOUR)) continue
    // The first minute of the new offset, by halving.
    let [before, after] = [time, time + 6 * HOUR]
    while (after - before > 60_000) {
      const middle = before + Math.floor((after - before) / 120_000) * 60_000
      if (offset(middle) === offset(before)) before = middle
      else after = middle
    }
    found.push(after)
  }
  return found
}

/** As the site read Paris time before, through TZDate. */
const wallClockOfTzDate = (instant: Date) => {
  const l = new TZDate(instant.getTime(), TIME_ZONE)
  return new Date(Date.UTC(l.getFullYear(), l.getMonth(), l.getDate(), l.getHours(), l.getMinutes(), l.getSeconds()))
}
const instantOfTzDate = (f: Date) =>
  new Date(
    new TZDate(
      f.getUTCFullYear(),
      f.getUTCMonth(),
      f.getUTCDate(),
      f.getUTCHours(),
      f.getUTCMinutes(),
      f.getUTCSeconds(),
      TIME_ZONE,
    ).getTime(),
  )

describe('Paris wall-clock time', () => {
  const changes = transitions()

  it('changes offset only on the hour, twice a year', () => {
    expect(changes.length).toBe(2 * 65)
    expect(changes.filter((time) => time % HOUR !== 0)).toEqual([])
  })

  it('reads every quarter hour around each change as TZDate does, skipped and repeated hours included', () => {
    for (const change of changes) {
      for (let time = change - 3 * HOUR; time <= change + 3 * HOUR; time += 15 * 60_000) {
        const instant = new Date(time)
        expect(parisOffset(time), instant.toISOString()).toBe(tzOffset(TIME_ZONE, instant) * 60_000)
        expect(parisWallClock(instant).toISOString()).toBe(wallClockOfTzDate(instant).toISOString())
        // Read as a wall-clock time, the same figures fall in the skipped hour or the repeated one.
        expect(parisInstant(instant).toISOString(), instant.toISOString()).toBe(instantOfTzDate(instant).toISOString())
      }
    }
  })

  it('gives back the instant, to the second, of every wall-clock time it gives but the first pass of the repeated hour', () => {
    const autumnChanges = changes.filter((change) => parisOffset(change) < parisOffset(change - HOUR))
    const firstPass = (time: number) => autumnChanges.some((change) => time >= change - HOUR && time < change)
    let skipped = 0
    for (let time = Date.UTC(2026, 0, 1, 0, 0, 7); time < Date.UTC(2028, 0, 1); time += 13 * 60_000 + 7_000) {
      if (firstPass(time)) {
        skipped++
        continue
      }
      const instant = new Date(time)
      expect(parisInstant(parisWallClock(instant)).getTime()).toBe(time)
    }
    expect(skipped).toBeGreaterThan(0)
  })

  it('reads a wall-clock time of the repeated autumn hour as its second pass, in winter time', () => {
    // 25 October 2026: 02:30 happens at 00:30 UTC (summer time), then again at 01:30 UTC.
    expect(parisWallClock(new Date('2026-10-25T00:30:00Z')).toISOString()).toBe('2026-10-25T02:30:00.000Z')
    expect(parisWallClock(new Date('2026-10-25T01:30:00Z')).toISOString()).toBe('2026-10-25T02:30:00.000Z')
    expect(parisInstant(new Date('2026-10-25T02:30:00Z')).toISOString()).toBe('2026-10-25T01:30:00.000Z')
  })
})
