import { tzOffset } from '@date-fns/tz'

import { TIME_ZONE } from './slugs'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Offsets kept, one per UTC hour asked: about eleven years of hours, then forgotten at once. */
const HOURS_KEPT = 100_000
const offsetOfHour = new Map<number, number>()

/**
 * How far Paris wall-clock time is ahead of UTC at the instant `time` (ms since the epoch), in ms:
 * `tzOffset` of @date-fns/tz (the runtime's own zone data, through Intl), asked once per UTC hour.
 * Paris has changed offset only on the hour since 1911 (now at 01:00 UTC, by the EU's rule), so
 * the offset at an hour's start holds for all of it. Asking Intl at each call cost the agenda's
 * render of two months of events about a tenth of its time.
 */
export function parisOffset(time: number): number {
  const hour = Math.floor(time / HOUR)
  let offset = offsetOfHour.get(hour)
  if (offset === undefined) {
    if (offsetOfHour.size >= HOURS_KEPT) offsetOfHour.clear()
    offset = tzOffset(TIME_ZONE, new Date(hour * HOUR)) * MINUTE
    offsetOfHour.set(hour, offset)
  }
  return offset
}

/**
 * Paris wall-clock time of `instant` written as UTC ("floating"): its UTC fields are the Paris
 * year, month, day, hour, minute and second (milliseconds dropped).
 */
export function parisWallClock(instant: Date): Date {
  const time = instant.getTime()
  return new Date(Math.floor((time + parisOffset(time)) / 1000) * 1000)
}

/**
 * The instant a Paris wall-clock time (written as UTC, as `parisWallClock` gives it) stands for,
 * milliseconds kept. A time that never happened, in the hour skipped in spring, is read with the offset before the
 * change (02:30 is 03:30 summer time); one that happened twice, in autumn, is the second (winter
 * time), as @date-fns/tz's TZDate reads them.
 */
export function parisInstant(floating: Date): Date {
  const time = floating.getTime()
  return new Date(time - parisOffset(time - parisOffset(time)))
}
