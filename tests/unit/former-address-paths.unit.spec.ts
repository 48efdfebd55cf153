import { describe, expect, it } from 'vitest'

import { pathInPlaceOf } from '../../site/lib/redirects'

const at = (path: string) => new URL(path, 'https://coope.example.org')

describe('the path a former address is sent on to', () => {
  it('replaces only the segment that held the address', () => {
    expect(pathInPlaceOf(at('/projets/la-conserverie'), 2, 'la-conserverie', 'conserverie')).toBe(
      '/projets/conserverie',
    )
    expect(pathInPlaceOf(at('/radio/le-grand-magazine/feed.xml'), 2, 'le-grand-magazine', 'magazine-du-soir')).toBe(
      '/radio/magazine-du-soir/feed.xml',
    )
    expect(pathInPlaceOf(at('/radio/magazine/premier/chapitres.json'), 3, 'premier', 'numero-un')).toBe(
      '/radio/magazine/numero-un/chapitres.json',
    )
  })

  it('keeps what follows the address in its own segment, and a trailing slash', () => {
    expect(pathInPlaceOf(at('/agenda/loto.ics'), 2, 'loto', 'loto-d-hiver')).toBe('/agenda/loto-d-hiver.ics')
    expect(pathInPlaceOf(at('/maisons/parc/'), 2, 'parc', 'le-parc')).toBe('/maisons/le-parc/')
  })

  it('leaves the query string to the caller', () => {
    expect(pathInPlaceOf(at('/agenda/loto?date=2027-01-20'), 2, 'loto', 'bal')).toBe('/agenda/bal')
  })
})
