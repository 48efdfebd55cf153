import { TZDate } from '@date-fns/tz'
import ical, { foldLines, ICalCalendarMethod, ICalEvent, type ICalEventData, ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import { readable } from '../../../schemas/content/common'
import type { AgendaEvent } from '../../../schemas/content/event'
import type { HouseMention } from '../../../schemas/content/house'
import { parisWallClock } from '../../../schemas/parisClock'
import { applyChange, buildRule, parisDay, parisTime, repeats } from '../../../schemas/recurrence'
import { TIME_ZONE } from '../../../schemas/slugs'
import { toSchedule } from '../agenda'
import { FRESH_FOR } from '../cache'
import { addressLine, eventPlace } from '../eventPlace'
import { theHouse } from '../houseName'

export type CalendarOptions = {
  /**
   * The calendar's name in subscribers' apps; none for the file of one event (« ajouter à mon
   * agenda »): a named calendar with a refresh interval is what Outlook and others open as a new
   * calendar to subscribe to, instead of an event to add to theirs.
   */
  name?: string
  /** The site's public origin: event URLs are absolute. */
  siteUrl: string
}

/** An instant as ical-generator writes it in the Paris zone (`DTSTART;TZID=Europe/Paris:…`). */
const inParis = (instant: Date | string): TZDate => new TZDate(new Date(instant).getTime(), TIME_ZONE)

/** A stable identifier per event, kept across every change (RFC 5545, 3.8.4.7). */
export const eventUid = (event: Pick<AgendaEvent, 'id'>): string => `evenement-${event.id}@la-coope`

/**
 * Paris wall-clock time as RFC 5545 DATE-TIME without zone (`20270310T180000`), for TZID values:
 * from `parisWallClock`, whose offsets are asked of Intl once per hour, not once per stamp.
 */
function parisStamp(instant: Date): string {
  return parisWallClock(instant).toISOString().replace(/[-:]/g, '').slice(0, 15)
}

/** When the rule planned the occurrence of Paris day `key`: the series' start time on that day. */
function plannedStart(event: AgendaEvent, key: string): Date {
  const start = new Date(event.start)
  return parisTime(
    key,
    parisStamp(start)
      .slice(9, 13)
      .replace(/(\d\d)(\d\d)/, '$1:$2'),
  )
}

function place(event: AgendaEvent) {
  const where = eventPlace(event)
  if (!where) return null
  const line = addressLine(where.address)
  const title = line ? `${where.name}, ${line}` : where.name
  const { latitude, longitude } = where.address ?? {}
  return latitude != null && longitude != null ? { title, geo: { lat: latitude, lon: longitude } } : title
}

function description(event: AgendaEvent): string {
  const houses = event.cooperation
    ? 'La Coopé'
    : readable<HouseMention>(event.houses)
        .map((h) => theHouse(h.name))
        .join(', ')
  const price = event.price?.free !== false ? 'Gratuit' : (event.price.amount ?? 'Payant')
  const registration = { none: null, required: 'Sur inscription', full: 'Complet' }[event.registration?.mode ?? 'none']
  return [event.summary, `Organisé par ${houses}.`, price, registration].filter(Boolean).join('\n')
}

/**
 * The components of one event: a VEVENT with its RRULE and EXDATEs when it repeats, plus one
 * override per changed occurrence (same UID, RECURRENCE-ID of the planned start, RFC 5545
 * 3.8.4.4): new times for a moved one, STATUS:CANCELLED for a cancelled one. SEQUENCE and
 * DTSTAMP come from the CMS (raised on every change, last change), so a refresh replaces what
 * subscribers have.
 */
function eventData(event: AgendaEvent, siteUrl: string): ICalEventData[] {
  const schedule = toSchedule(event)
  const common = {
    id: eventUid(event),
    summary: event.title,
    description: description(event),
    location: place(event),
    url: new URL(`/agenda/${event.slug}`, siteUrl).href,
    sequence: event.sequence ?? 0,
    stamp: new Date(event.updatedAt),
    lastModified: new Date(event.updatedAt),
    timezone: TIME_ZONE,
    allDay: Boolean(event.allDay),
  }
  const status = event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
  const start = inParis(event.start)
  const end = event.end ? inParis(event.end) : null
  if (!repeats(schedule.recurrence)) return [{ ...common, start, end, status }]
  const recurrence = schedule.recurrence
  const excluded = (recurrence.excludedDates ?? []).map((e) => parisStamp(plannedStart(event, parisDay(e.date))))
  const rule = [`RRULE:${buildRule(schedule)}`]
  if (excluded.length) rule.push(`EXDATE;TZID=${TIME_ZONE}:${excluded.join(',')}`)

  // One override per change, computed from the change itself: expanding every series again
  // would cost more than the rest of the feed.
  const duration = end ? end.getTime() - start.getTime() : null
  const overrides = (recurrence.changes ?? []).map((change): ICalEventData => {
    const key = parisDay(change.occurrenceDate)
    const planned = plannedStart(event, key)
    const base = {
      key,
      start: planned,
      end: duration === null ? null : new Date(planned.getTime() + duration),
      cancelled: false,
      changed: false,
      note: null,
    }
    const occurrence = applyChange(base, change)
    return {
      ...common,
      recurrenceId: inParis(planned),
      start: inParis(occurrence.start),
      end: occurrence.end ? inParis(occurrence.end) : null,
      status:
        occurrence.cancelled || event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(occurrence.note ? { description: `${occurrence.note}\n${common.description}` } : {}),
    }
  })
  return [{ ...common, start, end, status, repeating: rule.join('\n') }, ...overrides]
}

/**
 * The calendar ical-generator's events are made in. It has no zone of its own, on purpose: events
 * write DTSTAMP and LAST-MODIFIED in the calendar's zone, and without one they are in UTC, as
 * RFC 5545 (3.8.7.2) wants. Making an event does not add it to the calendar.
 */
const noCalendar = ical()

/**
 * The text of each kept event's components, for one site origin. Events the site keeps between
 * renders are the same frozen objects from one render to the next (lib/content/keptDocuments.ts),
 * so a feed rendered again after one publication writes again only the events read again: 561
 * events make the ten-year corpus's feed, and writing them was most of the site's part of its
 * render. An event that is not frozen could change after being written, so it is never kept here.
 */
const written = new WeakMap<AgendaEvent, { siteUrl: string; text: string }>()

/** `eventData` as iCalendar text: lines folded at 75 octets, each ended by CRLF (RFC 5545, 3.1). */
function eventText(event: AgendaEvent, siteUrl: string): string {
  const known = written.get(event)
  if (known?.siteUrl === siteUrl) return known.text
  const text = foldLines(
    eventData(event, siteUrl)
      .map((data) => new ICalEvent(data, noCalendar).toString())
      .join(''),
  )
  if (Object.isFrozen(event)) written.set(event, { siteUrl, text })
  return text
}

/** VTIMEZONE Europe/Paris from the IANA database (timezones-ical-library), with CRLF line ends. */
function parisTimezone(): string {
  const block = (tzlib_get_ical_block(TIME_ZONE)[0] ?? '').replace(/\r?\n/g, '\r\n').trim()
  // An unknown zone gives no block: no line rather than an empty one, which RFC 5545 does not allow.
  return block ? foldLines(`${block}\r\n`) : ''
}

/** The same in every feed: written once. */
const PARIS_TIMEZONE = parisTimezone()

const END = 'END:VCALENDAR'

/**
 * The iCalendar text of these events (RFC 5545), as served (`text/calendar`): the calendar's
 * properties (ical-generator), then VTIMEZONE Europe/Paris when there is an event, then one VEVENT
 * per event and per changed occurrence. Every calendar property comes before the first component
 * (3.6) and every line ends with CRLF, the last one included (3.1).
 */
export function calendarText(events: readonly AgendaEvent[], options: CalendarOptions): string {
  const subscription = options.name
    ? { name: options.name, url: new URL('/agenda', options.siteUrl).href, ttl: FRESH_FOR.subscription.maxAge }
    : {}
  // No calendar-wide zone: ical-generator would then write TIMEZONE-ID, which no RFC defines.
  // Each event names Europe/Paris, and X-WR-TIMEZONE tells the apps that read only that.
  const properties = ical({
    ...subscription,
    prodId: { company: 'La Coopé', product: 'Agenda', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    x: { 'X-WR-TIMEZONE': TIME_ZONE },
  }).toString()
  if (!properties.endsWith(END)) throw new Error('ical-generator wrote a calendar that does not end with END:VCALENDAR')
  const components = events.length ? [PARIS_TIMEZONE, ...events.map((event) => eventText(event, options.siteUrl))] : []
  return `${properties.slice(0, -END.length)}${components.join('')}${END}\r\n`
}
