import { describe, expect, it } from 'vitest'

import { consoleLine, consoleView, logLine } from '../../cms/launcher/consoleLines'

const ESC = '\u001b'
/** A line as Payload's pretty logger writes it to a terminal, colour codes included. */
const coloured = (level: string, text: string) =>
  `[03:13:56] ${ESC}[32m${level}${ESC}[39m (payload): ${ESC}[36m${text}${ESC}[39m`

describe('the servers’ lines on the operator’s console', () => {
  it('keeps routine lines in the log only, colour codes or not', () => {
    expect(consoleLine('cms', coloured('INFO', 'Refused (403): Vous n’êtes pas autorisé.'))).toBeNull()
    expect(consoleLine('cms', coloured('INFO', 'Running 1 jobs.'))).toBeNull()
    expect(consoleLine('cms', '[03:13:56] INFO (payload): Running 1 jobs.')).toBeNull()
    expect(consoleLine('site', '[site] INFO search index rebuilt: 120 documents')).toBeNull()
  })

  it('shows warnings and faults once prefixed with the server’s name, without colour codes', () => {
    expect(consoleLine('cms', coloured('ERROR', 'Failed query'))).toBe('[cms] [03:13:56] ERROR (payload): Failed query')
    expect(consoleLine('site', `${ESC}[31mSite listening${ESC}[39m`)).toBe('[site] Site listening')
  })

  it('does not double the prefix of a line that already names its server', () => {
    expect(consoleLine('site', '[site] The page cache on disk could not be updated: ENOSPC')).toBe(
      '[site] The page cache on disk could not be updated: ENOSPC',
    )
    expect(consoleLine('cms', '[site] something')).toBe('[cms] [site] something')
  })

  it('writes plain text to the log files', () => {
    expect(logLine(coloured('INFO', 'Running 1 jobs.'))).toBe('[03:13:56] INFO (payload): Running 1 jobs.')
  })

  it('keeps the fields of a routine entry in the log with it, and shows those of a fault', () => {
    const view = consoleView('cms')
    const shown = [
      coloured('INFO', 'Jobs run.'),
      '    new: 1',
      '    retrying: 0',
      coloured('ERROR', 'Failed query'),
      '    at run (file.js:1:1)',
      'Site listening',
    ].map(view)
    expect(shown).toEqual([
      null,
      null,
      null,
      '[cms] [03:13:56] ERROR (payload): Failed query',
      '[cms]     at run (file.js:1:1)',
      '[cms] Site listening',
    ])
  })
})
