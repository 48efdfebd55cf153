import ICAL from 'ical.js'
import nodeIcal, { type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'

import type { AgendaEvent } from '../../schemas/content/event'
import { parisTime } from '../../schemas/recurrence'
import { calendarText, eventUid } from '../../site/lib/feeds/icalendar'

const SITE = 'https://agenda.example.org'

/** Wednesdays at 18:00 Paris from 10 March 2027, across the change to summer time on 28 March. */
const workshop = (over: Partial<AgendaEvent> = {}): AgendaEvent => ({
  id: 42,
  title: 'Atelier cuisine du mercredi, avec un titre assez long pour que la ligne soit pliée',
  slug: 'atelier-cuisine',
  start: parisTime('2027-03-10', '18:00').toISOString(),
  end: parisTime('2027-03-10', '20:00').toISOString(),
  cooperation: true,
  venue: {
    kind: 'elsewhere',
    name: 'Salle des fêtes',
    address: { street: '3 place de la Mairie', postalCode: '37000', city: 'Tours', latitude: 47.39, longitude: 0.689 },
  },
  recurrence: {
    frequency: 'weekly',
    weekdays: ['WE'],
    count: 6,
    excludedDates: [{ date: parisTime('2027-03-24', '12:00').toISOString() }],
  },
  status: 'scheduled',
  sequence: 0,
  updatedAt: '2027-03-01T10:00:00.000Z',
  ...over,
})

const text = (events: AgendaEvent[]) => calendarText(events, { name: 'Agenda', siteUrl: SITE })

const paris = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(date)

/** What ical.js (the parser of Thunderbird's calendar) shows: each occurrence with its status. */
function expandWithIcalJs(ics: string, until: Date): { start: string; cancelled: boolean }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const vevents = calendar.getAllSubcomponents('vevent')
  const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id')))
  for (const exception of vevents.filter((v) => v.hasProperty('recurrence-id'))) {
    master.relateException(new ICAL.Event(exception))
  }
  const iterator = master.iterator()
  const found: { start: string; cancelled: boolean }[] = []
  for (let next = iterator.next(); next && next.toJSDate() < until; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next)
    found.push({
      start: paris(details.startDate.toJSDate()),
      cancelled: details.item.component.getFirstPropertyValue('status') === 'CANCELLED',
    })
  }
  return found
}

describe('the iCalendar feed', () => {
  it('is RFC 5545 text: CRLF lines folded at 75 octets, a VTIMEZONE, stable UID, DTSTAMP in UTC', () => {
    const ics = text([workshop()])
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n')
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris')
    expect(ics).toContain(`UID:${eventUid({ id: 42 })}`)
    expect(ics).toContain('DTSTAMP:20270301T100000Z')
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20270310T180000')
    expect(ics).toContain('EXDATE;TZID=Europe/Paris:20270324T180000')
    expect(ics).toContain('GEO:47.39;0.689')
    expect(ics).toContain(`URL;VALUE=URI:${SITE}/agenda/atelier-cuisine`)
  })

  it('expands in ical.js at 18:00 Paris on both sides of the daylight-saving change, exclusion left out', () => {
    const dates = expandWithIcalJs(text([workshop()]), new Date('2027-05-01'))
    expect(dates).toEqual(
      ['10/03/2027', '17/03/2027', '31/03/2027', '07/04/2027', '14/04/2027'].map((d) => ({
        start: `${d} 18:00`,
        cancelled: false,
      })),
    )
  })

  it('shows a moved and a cancelled occurrence after the change, with a higher SEQUENCE, in ical.js and node-ical', () => {
    const before = text([workshop()])
    const after = text([
      workshop({
        sequence: 1,
        updatedAt: '2027-03-05T09:00:00.000Z',
        recurrence: {
          ...workshop().recurrence,
          changes: [
            {
              occurrenceDate: parisTime('2027-03-17', '12:00').toISOString(),
              start: parisTime('2027-03-18', '14:00').toISOString(),
            },
            { occurrenceDate: parisTime('2027-03-31', '12:00').toISOString(), cancelled: true, note: 'Salle prise' },
          ],
        },
      }),
    ])
    expect(before).toContain('SEQUENCE:0')
    expect(after).toContain('SEQUENCE:1')
    expect(after).not.toContain('SEQUENCE:0')

    expect(expandWithIcalJs(after, new Date('2027-05-01'))).toEqual([
      { start: '10/03/2027 18:00', cancelled: false },
      { start: '18/03/2027 14:00', cancelled: false },
      { start: '31/03/2027 18:00', cancelled: true },
      { start: '07/04/2027 18:00', cancelled: false },
      { start: '14/04/2027 18:00', cancelled: false },
    ])

    const parsed = Object.values(nodeIcal.sync.parseICS(after)).filter((c): c is VEvent => c?.type === 'VEVENT')
    expect(parsed).toHaveLength(1)
    const master = parsed[0]!
    expect(master.uid).toBe(eventUid({ id: 42 }))
    // node-ical files each override under more than one key.
    const overrides = new Set(
      Object.values(master.recurrences ?? {}).map((o) => `${paris(o.start as Date)} ${o.status}`),
    )
    expect([...overrides].sort()).toEqual(['18/03/2027 14:00 CONFIRMED', '31/03/2027 18:00 CANCELLED'])
    const planned = master.rrule!.between(new Date('2027-03-01'), new Date('2027-05-01')).map((d) => d.toISOString())
    expect(planned).toHaveLength(6)
    expect(new Set(Object.values(master.exdate ?? {}).map((d) => paris(d as Date)))).toEqual(
      new Set(['24/03/2027 18:00']),
    )
  })

  it('marks a cancelled one-off event CANCELLED, and an empty calendar is still a valid one', () => {
    const cancelled = text([workshop({ recurrence: { frequency: 'none' }, status: 'cancelled', sequence: 2 })])
    const parsed = Object.values(nodeIcal.sync.parseICS(cancelled)).find((c): c is VEvent => c?.type === 'VEVENT')!
    expect(parsed.status).toBe('CANCELLED')
    const empty = text([])
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents('vevent')).toHaveLength(0)
    expect(empty.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
  })

  it('writes every calendar property before the first component (RFC 5545, 3.6)', () => {
    const lines = text([workshop()]).split('\r\n')
    const firstComponent = lines.findIndex((line, i) => i > 0 && line.startsWith('BEGIN:'))
    const head = lines.slice(1, firstComponent)
    for (const property of [
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
      'X-WR-TIMEZONE:Europe/Paris',
    ]) {
      expect(head).toContain(property)
    }
    // After the components, only the calendar's end: no property at the top level any more.
    let depth = 0
    const topLevelAfter = lines.slice(firstComponent, -2).filter((line) => {
      if (line.startsWith('BEGIN:')) depth++
      else if (line.startsWith('END:')) depth--
      return depth === 0 && !line.startsWith('END:') && !line.startsWith(' ')
    })
    expect(topLevelAfter).toEqual([])
    expect(lines.slice(-2)).toEqual(['END:VCALENDAR', ''])
  })

  it('makes the file of one event an event to add, not a calendar to subscribe to: no name, no refresh', () => {
    const one = calendarText([workshop()], { siteUrl: SITE })
    const names = one.split('\r\n').map((line) => line.split(/[:;]/, 1)[0])
    for (const subscriptionProperty of ['NAME', 'X-WR-CALNAME', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL'])
      expect(names).not.toContain(subscriptionProperty)
    expect(one).toContain('BEGIN:VEVENT')
    expect(text([workshop()])).toContain('X-WR-CALNAME:Agenda')
  })

  it('keeps the text of a kept (frozen) event, and writes again a new version, another site, or an event not frozen', () => {
    const kept = Object.freeze(workshop())
    const once = text([kept])
    expect(text([kept])).toBe(once)
    // The kept text is the one a fresh copy of the same event gets.
    expect(text([workshop()])).toBe(once)
    const renamed = workshop({ title: 'Atelier pain', sequence: 1, updatedAt: '2027-03-02T10:00:00.000Z' })
    expect(text([renamed])).toContain('SUMMARY:Atelier pain')
    expect(text([renamed])).toContain('SEQUENCE:1')
    const elsewhere = calendarText([kept], { name: 'Agenda', siteUrl: 'https://ailleurs.example.org' })
    expect(elsewhere).toContain('URL;VALUE=URI:https://ailleurs.example.org/agenda/atelier-cuisine')
    expect(elsewhere).not.toContain(SITE)
    expect(text([kept])).toBe(once)
    // An object a caller may still change is written again each time.
    const open = workshop()
    expect(text([open])).toBe(once)
    open.title = 'Atelier couture'
    expect(text([open])).toContain('SUMMARY:Atelier couture')
  })
})
