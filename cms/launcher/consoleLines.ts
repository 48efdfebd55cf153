import { stripVTControlCharacters } from 'node:util'

/**
 * A line of a server's output as its log file keeps it: plain text. Payload's pretty logger colours
 * its output even with NO_COLOR set; the codes would make the logs hard to read and to search.
 */
export const logLine = (line: string): string => stripVTControlCharacters(line)

/** A routine line (a refused request, a job run, an index rebuilt): Pino's and the site's INFO level. */
const ROUTINE = /\bINFO\b/

/**
 * What the launcher shows on the operator's console for one line of the server `name`'s output:
 * null for a routine line (it stays in the log), else the line without colour codes, prefixed
 * `[name] ` unless it already starts so (the site names itself in its own lines). Colour codes are
 * removed before matching: `ESC[32mINFO` has no word boundary before INFO, and routine lines showed.
 */
export function consoleLine(name: string, line: string): string | null {
  const plain = stripVTControlCharacters(line)
  if (ROUTINE.test(plain)) return null
  const prefix = `[${name}]`
  return plain.startsWith(`${prefix} `) ? plain : `${prefix} ${plain}`
}

/**
 * The console view of one output stream of the server `name`, line after line: `consoleLine` for
 * each, except that the indented lines continuing a routine entry (the fields Payload's pretty
 * logger writes under a message, `    new: 1`) stay in the log with it. Those continuing a warning
 * or a fault (a stack trace) show.
 */
export function consoleView(name: string): (line: string) => string | null {
  let inRoutine = false
  return (line) => {
    if (inRoutine && /^\s/.test(stripVTControlCharacters(line))) return null
    const shown = consoleLine(name, line)
    inRoutine = shown === null
    return shown
  }
}
