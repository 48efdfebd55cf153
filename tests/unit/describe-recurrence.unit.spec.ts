import { describe, expect, it } from 'vitest'

import { countSessions, describeSchedule, nextSessions } from '../../schemas/describeRecurrence'
import { frenchDate, frenchTime } from '../../schemas/frenchDates'
import { parisTime, type Schedule, seriesEnd } from '../../schemas/recurrence'

const NOW = new Date('2027-01-01T00:00:00Z')
const plainSpaces = (text: string | null) => text?.replace(/\u00a0/g, ' ')

const workshop: Schedule = {
  start: parisTime('2026-12-02', '17:30').toISOString(),
  end: parisTime('2026-12-02', '20:30').toISOString(),
  recurrence: {
    frequency: 'weekly',
    weekdays: ['WE'],
    until: '2027-01-27',
    excludedDates: [{ date: parisTime('2026-12-23', '12:00').toISOString() }],
    changes: [{ occurrenceDate: parisTime('2027-01-06', '12:00').toISOString(), cancelled: true }],
  },
}

describe('French times and dates', () => {
  it('writes hours the French way, with no-break spaces', () => {
    expect(frenchTime(parisTime('2027-01-05', '08:45'))).toBe('8\u00a0h\u00a045')
    expect(frenchTime(parisTime('2027-01-05', '19:00'))).toBe('19\u00a0h')
    expect(frenchTime(parisTime('2027-07-05', '20:30'))).toBe('20\u00a0h\u00a030')
  })

  it('writes the first of the month as « 1er », and the year only when it differs', () => {
    expect(plainSpaces(frenchDate(parisTime('2027-12-01', '10:00'), { referenceYear: 2027 }))).toBe('1er décembre')
    expect(plainSpaces(frenchDate(parisTime('2028-01-27', '10:00'), { referenceYear: 2027, weekday: true }))).toBe(
      'jeudi 27 janvier 2028',
    )
  })
})

describe('the schedule in words', () => {
  it('says a weekly series with its hours and its last day', () => {
    expect(plainSpaces(describeSchedule(workshop, NOW))).toBe(
      'chaque mercredi de 17 h 30 à 20 h 30, jusqu’au 27 janvier',
    )
  })

  it('says monthly series by weekday: the first Saturday, the last Thursday', () => {
    const first: Schedule = {
      start: parisTime('2027-01-02', '10:00').toISOString(),
      recurrence: { frequency: 'monthly', monthlyMode: 'weekdayOfMonth', count: 4 },
    }
    expect(plainSpaces(describeSchedule(first, NOW))).toBe('le 1er samedi de chaque mois à 10 h, jusqu’au 3 avril')
    expect(nextSessions(first, NOW, 4).map((o) => o.key)).toEqual([
      '2027-01-02',
      '2027-02-06',
      '2027-03-06',
      '2027-04-03',
    ])
    const last: Schedule = {
      start: parisTime('2027-01-28', '18:00').toISOString(),
      recurrence: { frequency: 'monthly', monthlyMode: 'lastWeekdayOfMonth' },
    }
    expect(plainSpaces(describeSchedule(last, NOW))).toBe(
      'le dernier jeudi de chaque mois à 18 h, à partir du 28 janvier',
    )
    expect(nextSessions(last, NOW, 3).map((o) => o.key)).toEqual(['2027-01-28', '2027-02-25', '2027-03-25'])
  })

  it('says a one-off event with its weekday, and every other week for two days', () => {
    const once: Schedule = {
      start: parisTime('2027-01-12', '14:00').toISOString(),
      end: parisTime('2027-01-12', '16:00').toISOString(),
    }
    expect(plainSpaces(describeSchedule(once, NOW))).toBe('mardi 12 janvier de 14 h à 16 h')
    const fortnightly: Schedule = {
      start: parisTime('2027-01-12', '14:00').toISOString(),
      recurrence: { frequency: 'weekly', interval: 2, weekdays: ['TU', 'TH'], count: 4 },
    }
    expect(plainSpaces(describeSchedule(fortnightly, NOW))).toBe(
      'le mardi et le jeudi, une semaine sur deux à 14 h, jusqu’au 28 janvier',
    )
  })

  it('counts sessions as staff mean them, dates without session shown apart', () => {
    // 9 Wednesdays from 2 December to 27 January; one excluded, one cancelled.
    expect(countSessions(workshop)).toBe('7 séances (9 dates, dont 2 sans séance)')
    const four: Schedule = {
      ...workshop,
      recurrence: {
        frequency: 'weekly',
        count: 4,
        excludedDates: [{ date: parisTime('2026-12-09', '12:00').toISOString() }],
      },
    }
    expect(countSessions(four)).toBe('3 séances (4 dates, dont 1 sans séance)')
    expect(countSessions({ ...workshop, recurrence: { frequency: 'weekly' } })).toBeNull()
  })

  it('ends a draft series whose excluded date is not filled in yet, as if the row were not there', () => {
    // Autosave runs the CMS's hooks on drafts, where a new row has no date yet.
    const draft: Schedule = {
      start: '2026-01-05T17:00:00.000Z',
      recurrence: { frequency: 'weekly', count: 4, excludedDates: [{ date: undefined as unknown as string }] },
    }
    expect(seriesEnd(draft)?.toISOString()).toBe('2026-01-26T17:00:00.000Z')
  })
})
