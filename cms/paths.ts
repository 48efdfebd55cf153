import path from 'node:path'

/**
 * The project root. Bundled server code has no import.meta.dirname, and the servers always run
 * from the project root, so the working directory stands in for it there.
 */
export const projectRoot: string = import.meta.dirname ? path.resolve(import.meta.dirname, '..') : process.cwd()
