import { describe, expect, it } from 'vitest'

import { clampSuffixRanges, rangeUnderstood } from '../../site/files/fileValidators'

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

describe('a suffix range', () => {
  const clamped = (range: string, size: number) => {
    const headers = { range }
    clampSuffixRanges(headers, size)
    return headers.range
  }

  it('longer than the file selects all of it (RFC 9110, 14.1.3)', () => {
    expect(clamped('bytes=-1001', 1000)).toBe('bytes=0-')
    expect(clamped('bytes=0-1, -99999999999999999999', 1000)).toBe('bytes=0-1,0-')
  })

  it('within the file, and every other range, is left as it was', () => {
    for (const range of ['bytes=-1000', 'bytes=-1', 'bytes=-0', 'bytes=5-', 'bytes=0-1, -3'])
      expect(clamped(range, 1000), range).toBe(range)
  })
})
