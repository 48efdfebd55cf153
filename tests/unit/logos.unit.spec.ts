import { describe, expect, it } from 'vitest'

import { logoFor } from '../../site/lib/logos'

const image = (url: string) => ({ id: url, alt: '', url })
const forLight = image('/fichiers/media/logo.png')
const forDark = image('/fichiers/media/logo-clair.png')

describe('a logo’s variant for its background', () => {
  it('takes the light variant on a dark background and the usual logo on a light one', () => {
    expect(logoFor({ logo: forLight, logoOnDark: forDark }, true)).toEqual({ image: forDark, plate: null })
    expect(logoFor({ logo: forLight, logoOnDark: forDark }, false)).toEqual({ image: forLight, plate: null })
  })

  it('puts the only variant there is on a plate of the opposite tone', () => {
    expect(logoFor({ logo: forLight }, true)).toEqual({ image: forLight, plate: 'light' })
    expect(logoFor({ logoOnDark: forDark }, false)).toEqual({ image: forDark, plate: 'dark' })
  })

  it('shows nothing without a logo, or with only ids the visitor may not read', () => {
    expect(logoFor({}, true)).toBeNull()
    expect(logoFor({ logo: 12, logoOnDark: null }, false)).toBeNull()
  })
})
