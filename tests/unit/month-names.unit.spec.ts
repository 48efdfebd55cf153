import { describe, expect, it } from 'vitest'

import { monthName, ofMonth } from '../../site/lib/monthGrid'

describe('month names', () => {
  it('are French, with their year', () => {
    expect(monthName(2027, 4)).toBe('avril 2027')
    expect(monthName(2026, 12)).toBe('décembre 2026')
  })

  it('take « de », elided before a vowel', () => {
    expect([4, 8, 10].map((month) => ofMonth(monthName(2027, month)))).toEqual([
      'd’avril 2027',
      'd’août 2027',
      'd’octobre 2027',
    ])
    expect([1, 3, 12].map((month) => ofMonth(monthName(2027, month)))).toEqual([
      'de janvier 2027',
      'de mars 2027',
      'de décembre 2027',
    ])
  })
})
