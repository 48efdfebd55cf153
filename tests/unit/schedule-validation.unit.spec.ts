import { describe, expect, it } from 'vitest'

import { endAfterStart, untilAfterStart } from '../../schemas/fields/scheduleValidation'

const START = '2027-03-01T17:00:00.000Z'
const check = (validate: typeof endAfterStart, value: string, start = START) =>
  validate(value as never, { data: { start } } as never)

describe('the dates an event is checked against its start', () => {
  it('refuse a value that is no date, in French on the field, instead of throwing', () => {
    for (const value of ['2026-13-45', '2026-12-99T10:00:00.000Z', 'demain']) {
      expect(() => check(untilAfterStart, value), value).not.toThrow()
      expect(check(untilAfterStart, value), value).toMatch(/n’existe pas/)
      expect(check(endAfterStart, value), value).toMatch(/n’existe pas/)
    }
  })

  it('leave a start that is no date to its own field', () => {
    expect(check(untilAfterStart, '2027-04-01T00:00:00.000Z', '2026-13-45')).toBe(true)
  })

  it('still compare real dates with the start', () => {
    expect(check(endAfterStart, '2027-03-01T16:00:00.000Z')).toBe('La fin doit être après le début.')
    expect(check(endAfterStart, '2027-03-01T19:00:00.000Z')).toBe(true)
    expect(check(untilAfterStart, '2027-02-20T00:00:00.000Z')).toBe('La répétition doit finir après la première date.')
    expect(check(untilAfterStart, '2027-04-01T00:00:00.000Z')).toBe(true)
  })
})
