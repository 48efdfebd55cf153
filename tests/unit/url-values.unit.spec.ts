import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { Contribution } from '../../schemas/payload-types'
import { isCalendarDay } from '../../schemas/recurrence'
import { draftFromContribution } from '../../cms/collections/Contributions/draftFromContribution'
import { readFilters } from '../../site/lib/agendaFilters'
import { parseIssueSegment } from '../../site/lib/journal'
import { readMonth } from '../../site/lib/monthGrid'
import { readPageNumber } from '../../site/lib/pageNumber'

const eventsBetween = vi.fn(async () => [])
vi.mock('../../site/lib/content', () => ({
  content: { themes: async () => [], eventsBetween: (...args: unknown[]) => eventsBetween(...(args as [])) },
}))
vi.mock('../../site/lib/env', () => ({ siteEnv: () => ({ SITE_URL: 'https://coope.example' }) }))

/** Days that match YYYY-MM-DD but do not exist: each once made `/agenda?du=…` answer 500. */
const IMPOSSIBLE_DAYS = [
  '2026-13-45',
  '2026-00-10',
  '2026-12-00',
  '2026-12-99',
  '9999-99-99',
  '2027-02-29',
  '2026-04-31',
]
const TODAY = '2026-12-01'

describe('a day from an address', () => {
  it('exists only when its month and day do', () => {
    for (const day of IMPOSSIBLE_DAYS) expect(isCalendarDay(day), day).toBe(false)
    for (const day of ['2026-12-31', '2028-02-29', '2026-01-01', '0001-01-01'])
      expect(isCalendarDay(day), day).toBe(true)
    for (const day of ['2026-1-01', '2026-01-01T00:00', ' 2026-01-01', '']) expect(isCalendarDay(day), day).toBe(false)
  })

  it('is refused by the agenda filters, like any wrong value, instead of throwing', () => {
    for (const day of IMPOSSIBLE_DAYS) {
      for (const name of ['du', 'au']) {
        const read = () => readFilters(new URLSearchParams({ [name]: day }), { houses: [], themes: [] }, TODAY)
        expect(read, `${name}=${day}`).not.toThrow()
        expect(read(), `${name}=${day}`).toMatchObject({ refused: true, query: '', filters: { from: null, to: null } })
      }
    }
  })

  it('keeps the good start beside an impossible end', () => {
    const { query, refused } = readFilters(
      new URLSearchParams('du=2026-12-02&au=2026-12-99'),
      { houses: [], themes: [] },
      TODAY,
    )
    expect({ query, refused }).toEqual({ query: '?du=2026-12-02', refused: true })
  })

  it('is refused when a moderator turns an event proposal with an impossible date into a draft', () => {
    const contribution = {
      kind: 'event-proposal',
      title: 'Repas partagé',
      content: 'Un repas.',
      proposedEvent: { date: '2026-13-45' },
    } as unknown as Contribution
    expect(draftFromContribution(contribution, '2026-12-01T00:00:00.000Z')).toMatchObject({
      code: 'contribution-event-without-date',
    })
  })
})

describe('numbers and months from an address', () => {
  it('month pages exist only for real months near now', () => {
    for (const value of ['2026-13', '0000-00', '9999-99', '2026-00', '2026-1', '1e5', '-2026-01', '2031-01'])
      expect(readMonth(value, 2026), value).toBeNull()
    expect(readMonth('2026-12', 2026)).toEqual({ year: 2026, month: 12 })
  })

  it('journal issue numbers are plain positive integers of bounded size', () => {
    for (const value of ['1e5', '-1', '0', '01', '1.5', '99999999999999999999', 'Infinity', ' 2'])
      expect(parseIssueSegment(value), value).toBeNull()
    expect(parseIssueSegment('12')).toEqual({ kind: 'issue', number: 12 })
  })

  it('archive pages are plain positive integers of bounded size, 1 when absent', () => {
    for (const value of ['0', '-1', '1e5', '01', 'abc', '', '10000', '99999999999999999999'])
      expect(readPageNumber(value), value).toBeNull()
    expect(readPageNumber(null)).toBe(1)
    expect(readPageNumber('9999')).toBe(9999)
  })
})

describe('the agenda calendar feed', () => {
  beforeEach(() => eventsBetween.mockClear())

  it('answers an empty valid calendar, not an error, for an impossible day', async () => {
    const { GET } = await import('../../site/pages/agenda.ics')
    for (const day of IMPOSSIBLE_DAYS) {
      const url = new URL(`https://coope.example/agenda.ics?du=${day}`)
      const context = { url, cache: { set: vi.fn() }, locals: { chrome: { houses: [] } } }
      const response = (await GET(context as never)) as Response
      expect(response.status, day).toBe(200)
      const body = await response.text()
      expect(body, day).toMatch(/^BEGIN:VCALENDAR/)
      expect(body, day).not.toContain('BEGIN:VEVENT')
    }
    expect(eventsBetween).not.toHaveBeenCalled()
  })

  it('stays cached for as long as calendar apps wait before fetching it again', async () => {
    const { GET } = await import('../../site/pages/agenda.ics')
    const set = vi.fn()
    const url = new URL('https://coope.example/agenda.ics')
    const context = { url, cache: { enabled: true, set }, locals: { chrome: { houses: [] } } }
    const response = (await GET(context as never)) as Response
    expect(eventsBetween).toHaveBeenCalledOnce()
    expect(set).toHaveBeenCalledWith({ maxAge: 3600, swr: 3600 })
    expect(await response.text()).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H')
  })
})
