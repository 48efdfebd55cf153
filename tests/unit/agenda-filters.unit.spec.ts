import { describe, expect, it } from 'vitest'

import type { AgendaEvent, Term } from '../../schemas/content/event'
import type { HouseSummary } from '../../schemas/content/house'
import { nextOccurrences } from '../../site/lib/agenda'
import { filterPeriods, filterQuery, matchesFilters, nextPeriodQuery, readFilters } from '../../site/lib/agendaFilters'
import { isFrenchPublicHoliday } from '../../cms/seed/frenchHolidays'

const houses: HouseSummary[] = [
  { id: 1, name: 'Maison du Port', slug: 'maison-du-port', summary: '' },
  { id: 2, name: 'Maison des Tilleuls', slug: 'maison-des-tilleuls', summary: '' },
]
const themes: Term[] = [{ id: 9, name: 'Culture', slug: 'culture' }]
const TODAY = '2027-03-01'
const read = (query: string) => readFilters(new URLSearchParams(query), { houses, themes }, TODAY)

const event = (over: Partial<AgendaEvent>): AgendaEvent => ({
  id: 5,
  title: 'Concert',
  slug: 'concert',
  start: '2027-03-05T18:00:00.000Z',
  houses: [houses[0]!],
  themes: [themes[0]!],
  audiences: ['families'],
  price: { free: true },
  accessibility: { suitableFor: ['mobility'] },
  updatedAt: '2027-03-01T00:00:00.000Z',
  ...over,
})

describe('agenda filters', () => {
  it('accepts known values and writes them back as one canonical address', () => {
    const { filters, query, refused } = read(
      'accessible=mobility&gratuit=1&au=2027-03-20&du=2027-03-02&public=families&theme=culture&maison=maison-du-port',
    )
    expect(refused).toBe(false)
    expect(filters.house?.name).toBe('Maison du Port')
    expect(query).toBe(
      '?maison=maison-du-port&theme=culture&public=families&du=2027-03-02&au=2027-03-20&gratuit=1&accessible=mobility',
    )
  })

  it('sends the empty values a form sends for « toutes » to the clean address, which the cache serves', () => {
    expect(read('maison=&theme=&public=&du=&au=&accessible=')).toMatchObject({ refused: true, query: '' })
    expect(read('maison=maison-du-port&theme=&public=&du=&au=&accessible=')).toMatchObject({
      refused: true,
      query: '?maison=maison-du-port',
    })
    expect(read('theme=culture&theme=')).toMatchObject({ refused: true, query: '?theme=culture' })
  })

  it('refuses unknown houses, markup, impossible or far dates, repeated values — and drops only those', () => {
    for (const bad of [
      'maison=inconnue',
      'theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'public=martiens',
      'du=2027-02-30',
      'du=2020-01-01',
      'au=2099-01-01',
      // Each day within a year of today: a period never reaches further.
      'du=2027-03-10&au=2028-03-02',
      'gratuit=oui',
      'accessible=tout',
      'maison=maison-du-port&maison=maison-des-tilleuls',
    ]) {
      const { refused, query } = read(bad)
      expect(refused, bad).toBe(true)
      // A repeated parameter keeps its first value; a bad end keeps the good start.
      const kept = { 'du=2027-03-10': '?du=2027-03-10', 'maison=maison-du-port': '?maison=maison-du-port' }
      const prefix = Object.keys(kept).find((k) => bad.startsWith(k)) as keyof typeof kept | undefined
      expect(query, bad).toBe(prefix ? kept[prefix] : '')
    }
  })

  it('reads a period asked backwards (« du 10 au 5 ») the right way round, at the address that says so', () => {
    const { filters, query, refused } = read('maison=maison-du-port&du=2027-03-10&au=2027-03-05')
    expect(refused).toBe(true)
    expect([filters.from, filters.to]).toEqual(['2027-03-05', '2027-03-10'])
    expect(query).toBe('?maison=maison-du-port&du=2027-03-05&au=2027-03-10')
    expect(read(query.slice(1)).refused).toBe(false)
  })

  it('keeps the good values beside a refused one', () => {
    expect(read('maison=inconnue&theme=culture&gratuit=1')).toMatchObject({
      refused: true,
      query: '?theme=culture&gratuit=1',
    })
  })

  it('keeps an event only when it passes every filter; « tous publics » suits every audience', () => {
    const { filters } = read('maison=maison-du-port&theme=culture&public=children&gratuit=1&accessible=mobility')
    expect(matchesFilters(event({ audiences: ['everyone'] }), filters)).toBe(true)
    expect(matchesFilters(event({ audiences: ['adults'] }), filters)).toBe(false)
    expect(matchesFilters(event({ audiences: ['everyone'], price: { free: false, amount: '5 €' } }), filters)).toBe(
      false,
    )
    expect(matchesFilters(event({ audiences: ['everyone'], houses: [houses[1]!] }), filters)).toBe(false)
    expect(matchesFilters(event({ audiences: ['everyone'], accessibility: null }), filters)).toBe(false)
    expect(filterQuery({ ...filters, free: false })).not.toContain('gratuit')
  })
})

describe('the periods the agenda shows', () => {
  const NOW = new Date('2027-03-01T08:00:00.000Z')

  it('tries a week, two weeks then two months from now, or from the first day asked, each to a Paris midnight', () => {
    expect(filterPeriods(read('').filters, NOW)).toEqual([
      { from: NOW, to: new Date('2027-03-07T23:00:00.000Z') },
      { from: NOW, to: new Date('2027-03-14T23:00:00.000Z') },
      // Summer time began on 28 March: midnight in Paris is 22:00 UTC.
      { from: NOW, to: new Date('2027-04-29T22:00:00.000Z') },
    ])
    expect(filterPeriods(read('du=2027-03-10').filters, NOW)[0]).toEqual({
      from: new Date('2027-03-09T23:00:00.000Z'),
      to: new Date('2027-03-16T23:00:00.000Z'),
    })
  })

  it('shows the asked period alone when its last day is asked', () => {
    expect(filterPeriods(read('du=2027-03-10&au=2027-03-11').filters, NOW)).toEqual([
      { from: new Date('2027-03-09T23:00:00.000Z'), to: new Date('2027-03-11T23:00:00.000Z') },
    ])
  })

  it('links the period after with the same filters, within the year the filters accept', () => {
    const { filters } = read('maison=maison-du-port&du=2027-03-10&au=2027-03-11')
    const [shown] = filterPeriods(filters, NOW)
    expect(nextPeriodQuery(filters, shown!.to, TODAY)).toBe('?maison=maison-du-port&du=2027-03-12')
    expect(nextPeriodQuery(filters, new Date('2028-02-29T23:00:00.000Z'), TODAY)).toBe(
      '?maison=maison-du-port&du=2028-03-01',
    )
    expect(nextPeriodQuery(filters, new Date('2028-03-01T23:00:00.000Z'), TODAY)).toBeNull()
    // The period after is one the filters accept.
    expect(read('maison=maison-du-port&du=2028-03-01').refused).toBe(false)
    expect(read('maison=maison-du-port&du=2028-03-02').refused).toBe(true)
  })
})

describe('French public holidays of the demo agenda', () => {
  it('knows the fixed days and the ones that follow Easter', () => {
    expect(isFrenchPublicHoliday('2026-12-25')).toBe(true)
    expect(isFrenchPublicHoliday('2027-03-29')).toBe(true) // Easter Monday 2027
    expect(isFrenchPublicHoliday('2027-05-06')).toBe(true) // Ascension 2027
    expect(isFrenchPublicHoliday('2027-05-17')).toBe(true) // Whit Monday 2027
    expect(isFrenchPublicHoliday('2027-03-30')).toBe(false)
  })
})

describe('the next dates of the home page', () => {
  const NOW = new Date('2027-03-01T08:00:00.000Z')
  const onDay = (day: number, over: Partial<AgendaEvent> = {}) =>
    event({ id: day, slug: `jour-${day}`, start: new Date(NOW.getTime() + day * 86_400_000).toISOString(), ...over })
  /** A reader over these events that notes the length of each window it is asked for, in days. */
  const reader = (events: AgendaEvent[], windows: number[]) => async (from: Date, to: Date) => {
    windows.push((to.getTime() - from.getTime()) / 86_400_000)
    return events.filter((e) => new Date(e.start) >= from && new Date(e.start) < to)
  }

  it('stops at the first window that holds enough dates, and reads on to the horizon otherwise', async () => {
    const busy = [0.5, 1, 1.5, 2, 12].map((day) => onDay(day))
    const windows: number[] = []
    const first = await nextOccurrences(NOW, 3, [3, 14], reader(busy, windows))
    expect(first.map((e) => e.event.id)).toEqual([0.5, 1, 1.5])
    expect(windows).toEqual([3])

    windows.length = 0
    const quiet = await nextOccurrences(NOW, 3, [3, 14], reader([onDay(2), onDay(10), onDay(20)], windows))
    expect(quiet.map((e) => e.event.id)).toEqual([2, 10])
    expect(windows).toEqual([3, 14])
  })

  it('leaves cancelled dates out of the count', async () => {
    // A daily series from tomorrow, its first date cancelled: two dates are left in three days.
    const series = onDay(1, {
      recurrence: { frequency: 'daily', changes: [{ occurrenceDate: '2027-03-02', cancelled: true }] },
    })
    const windows: number[] = []
    const next = await nextOccurrences(NOW, 3, [3, 14], reader([series], windows))
    expect(next.map((e) => e.occurrence.key)).toEqual(['2027-03-03', '2027-03-04', '2027-03-05'])
    expect(windows).toEqual([3, 14])
  })
})
