import { describe, expect, it } from 'vitest'

import { ContributionForm } from '../../schemas/contributions/submission'

/** A letter as a browser sends it, with `content` as its text. */
const letter = (content: string) => ({
  kind: 'letter',
  title: 'Pour un banc devant la médiathèque',
  content,
  name: 'Awa Diallo',
  signature: 'first',
  publication: 'yes',
  under15: 'no',
})

/** `lines` lines of `width` letters, joined by `newline`. */
const text = (lines: number, width: number, newline: string) =>
  Array.from({ length: lines }, () => 'a'.repeat(width)).join(newline)

describe('the text of a contribution', () => {
  it('counts a line break as one character, as the field’s maxlength does, though forms send it as CR LF', () => {
    // 100 lines of 99 letters and 99 line breaks: 9,999 characters in the field, 10,098 as sent.
    const sent = text(100, 99, '\r\n')
    expect(sent.length).toBeGreaterThan(10_000)
    const parsed = ContributionForm.safeParse(letter(sent))
    expect(parsed.success).toBe(true)
    expect(parsed.data?.content).toBe(text(100, 99, '\n'))
  })

  it('refuses more than 10,000 characters, line breaks counted once, in French', () => {
    const parsed = ContributionForm.safeParse(letter(text(101, 99, '\r\n')))
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain('Texte : 10000 caractères au plus.')
  })
})
