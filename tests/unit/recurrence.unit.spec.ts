import { describe, expect, it } from 'vitest'

import { slugify } from '../../schemas/fields/slug'
import { buildRule, expandOccurrences, parisTime, type Schedule } from '../../schemas/recurrence'

const paris = (instant: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(instant)

// Wednesdays at 18:00 Paris from 10 March 2027, across the change to summer time on 28 March.
const weekly: Schedule = {
  start: parisTime('2027-03-10', '18:00').toISOString(),
  end: parisTime('2027-03-10', '20:00').toISOString(),
  recurrence: { frequency: 'weekly', interval: 1, weekdays: ['WE'], count: 6 },
}
const spring = [new Date('2027-03-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z')] as const

describe('recurrence expansion', () => {
  it('keeps a weekly session at the same Paris time on both sides of the daylight-saving change', () => {
    const occurrences = expandOccurrences(weekly, ...spring)
    expect(occurrences.map((o) => paris(o.start))).toEqual([
      '10/03/2027 18:00',
      '17/03/2027 18:00',
      '24/03/2027 18:00',
      '31/03/2027 18:00',
      '07/04/2027 18:00',
      '14/04/2027 18:00',
    ])
    expect(occurrences[2]!.start.toISOString()).toBe('2027-03-24T17:00:00.000Z')
    expect(occurrences[3]!.start.toISOString()).toBe('2027-03-31T16:00:00.000Z')
    expect(occurrences.every((o) => o.end!.getTime() - o.start.getTime() === 2 * 3600_000)).toBe(true)
  })

  it('leaves out an excluded date', () => {
    const schedule = {
      ...weekly,
      recurrence: { ...weekly.recurrence, excludedDates: [{ date: '2027-03-24T11:00:00.000Z' }] },
    }
    const days = expandOccurrences(schedule, ...spring).map((o) => o.key)
    expect(days).toEqual(['2027-03-10', '2027-03-17', '2027-03-31', '2027-04-07', '2027-04-14'])
  })

  it('moves one occurrence and cancels another, keeping the rest', () => {
    const schedule: Schedule = {
      ...weekly,
      recurrence: {
        ...weekly.recurrence,
        changes: [
          {
            occurrenceDate: '2027-03-17T11:00:00.000Z',
            start: parisTime('2027-03-18', '14:00').toISOString(),
            note: 'Avancé au jeudi',
          },
          { occurrenceDate: '2027-03-31T11:00:00.000Z', cancelled: true, note: 'Salle indisponible' },
        ],
      },
    }
    const occurrences = expandOccurrences(schedule, ...spring)
    const moved = occurrences.find((o) => o.key === '2027-03-17')!
    expect(paris(moved.start)).toBe('18/03/2027 14:00')
    expect(paris(moved.end!)).toBe('18/03/2027 16:00')
    expect(moved).toMatchObject({ changed: true, cancelled: false, note: 'Avancé au jeudi' })
    expect(occurrences.find((o) => o.key === '2027-03-31')).toMatchObject({
      cancelled: true,
      note: 'Salle indisponible',
    })
    expect(occurrences).toHaveLength(6)
  })

  it('returns only the occurrences overlapping the asked range', () => {
    const april = expandOccurrences(weekly, new Date('2027-04-01T00:00:00Z'), new Date('2027-04-10T00:00:00Z'))
    expect(april.map((o) => o.key)).toEqual(['2027-04-07'])
  })

  it('stops at the until day, inclusive, and writes UNTIL in UTC in the RFC 5545 rule', () => {
    const schedule: Schedule = {
      ...weekly,
      recurrence: { frequency: 'weekly', weekdays: ['WE'], until: '2027-03-24T11:00:00.000Z' },
    }
    expect(expandOccurrences(schedule, ...spring).map((o) => o.key)).toEqual(['2027-03-10', '2027-03-17', '2027-03-24'])
    expect(buildRule(schedule)).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=WE;UNTIL=20270324T225959Z')
    expect(buildRule({ start: weekly.start })).toBeNull()
  })

  it('expands a one-off event to itself', () => {
    const once: Schedule = { start: parisTime('2027-03-10', '10:00').toISOString() }
    expect(expandOccurrences(once, ...spring)).toHaveLength(1)
    expect(expandOccurrences(once, new Date('2027-04-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z'))).toHaveLength(0)
  })

  it('keeps an all-day event on the agenda until midnight of its day', () => {
    const day: Schedule = { start: parisTime('2027-03-10', '00:00').toISOString(), allDay: true }
    const [occurrence] = expandOccurrences(
      day,
      new Date(parisTime('2027-03-10', '15:00')),
      new Date('2027-04-01T00:00:00Z'),
    )
    expect(occurrence?.end?.toISOString()).toBe(parisTime('2027-03-11', '00:00').toISOString())
  })
})

describe('slugs', () => {
  it('turns a French title into a clean address', () => {
    expect(slugify('Fête de l’été : œufs & crêpes !')).toBe('fete-de-l-ete-oeufs-crepes')
    expect(slugify(`${'Atelier '.repeat(12)}fin`)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(slugify('راديو')).toBe('rdyw')
  })
})
