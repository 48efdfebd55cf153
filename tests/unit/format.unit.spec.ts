import { describe, expect, it } from 'vitest'

import {
  formatClockText,
  formatDay,
  formatDayMonth,
  formatFileSize,
  formatHours,
  formatTime,
  frenchSpacing,
  groupOpeningHours,
} from '../../site/lib/format'

/** Non-breaking spaces shown as "~" (U+00A0) and "^" (U+202F), so the expectations can be read. */
const visible = (text: string) => text.replace(/\u00a0/g, '~').replace(/\u202f/g, '^')

describe('French dates and times', () => {
  it('writes the first of the month "1er"', () => {
    expect(visible(formatDay('2026-12-01T10:00:00Z'))).toBe('Mardi 1er~décembre~2026')
    expect(visible(formatDayMonth('2026-12-01T10:00:00Z'))).toBe('1er~décembre')
    expect(visible(formatDay('2026-12-02T10:00:00Z', true))).toBe('mercredi 2~décembre~2026')
  })

  it('writes "8 h 45" and "19 h", never "08 h 45" nor "19 h 00", in Paris time', () => {
    expect(visible(formatTime('2026-12-01T07:45:00Z'))).toBe('8~h~45')
    expect(visible(formatTime('2026-12-01T18:00:00Z'))).toBe('19~h')
    expect(visible(formatTime('2026-07-01T17:00:00Z'))).toBe('19~h')
    expect(visible(formatHours(new Date('2026-12-01T13:00:00Z'), new Date('2026-12-01T15:30:00Z')))).toBe(
      'de 14~h à 16~h~30',
    )
    expect(visible(formatClockText('09:30'))).toBe('9~h~30')
    expect(visible(formatClockText('14:00'))).toBe('14~h')
  })

  it('gives file sizes in Ko and Mo with a decimal comma', () => {
    expect(visible(formatFileSize(870_400))).toBe('850~Ko')
    expect(visible(formatFileSize(2_516_582))).toBe('2,4~Mo')
  })
})

describe('French spacing', () => {
  it('puts non-breaking spaces before : ; ? ! and inside « »', () => {
    expect(visible(frenchSpacing('Venez ! Quoi? Oui ; non : «bonjour»'))).toBe('Venez^! Quoi^? Oui^; non~: «^bonjour^»')
  })

  it('leaves addresses, times and doubled marks alone', () => {
    expect(frenchSpacing('https://example.org/?a=1 à 09:30')).toBe('https://example.org/?a=1 à 09:30')
    expect(visible(frenchSpacing('Vraiment ?!'))).toBe('Vraiment^?!')
  })
})

describe('opening hours grouped', () => {
  const week = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']
  const split = (day: string) => [
    { day, opens: '14:00', closes: '18:00' },
    { day, opens: '09:00', closes: '12:00' },
  ]

  it('groups consecutive days with the same hours', () => {
    const groups = groupOpeningHours([...week.flatMap(split), { day: 'saturday', opens: '09:30', closes: '12:30' }])
    expect(groups.map((g) => visible(`${g.days}, ${g.hours}`))).toEqual([
      'du lundi au vendredi, 9~h – 12~h et 14~h – 18~h',
      'le samedi, 9~h~30 – 12~h~30',
    ])
  })

  it('keeps a different day apart and breaks groups across a closed day', () => {
    const groups = groupOpeningHours([
      { day: 'monday', opens: '14:00', closes: '18:00' },
      ...split('tuesday'),
      ...split('wednesday'),
      ...split('friday'),
      ...split('saturday'),
    ])
    expect(groups.map((g) => g.days)).toEqual(['le lundi', 'le mardi et le mercredi', 'le vendredi et le samedi'])
  })

  it('gives nothing for a house without hours', () => {
    expect(groupOpeningHours([])).toEqual([])
  })
})
