import { describe, expect, it } from 'vitest'

import { rangeUnderstood } from '../../site/files/fileValidators'

describe('a Range header', () => {
  it('is understood when it is a list of well-formed byte ranges (RFC 9110, 14.1.2)', () => {
    for (const range of [
      undefined,
      'bytes=0-1',
      'bytes=5-',
      'bytes=-500',
      'BYTES=0-0',
      'bytes=0-1, 4-9,,-3',
      'bytes=7-7',
    ])
      expect(rangeUnderstood(range), range).toBe(true)
    // Well-formed but beyond any file: understood, so still answered 416.
    expect(rangeUnderstood('bytes=99999999999999999999-')).toBe(true)
  })

  it('is not understood when malformed, of another unit, or ending before it starts', () => {
    for (const range of [
      'bytes=abc',
      'bytes=',
      'bytes=,',
      'bytes=5-2',
      'bytes=0-1;x',
      'bytes 0-1',
      'items=0-1',
      'bytes=--1',
      'bytes=1-2-3',
      'bytes=0x1-2',
      '',
    ])
      expect(rangeUnderstood(range), range).toBe(false)
  })
})
