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
