import path from 'node:path'

/**
 * The project root. Bundled server code has no import.meta.dirname, and the servers always run
 * from the project root, so the working directory stands in for it there.
 */
export const projectRoot: string = import.meta.dirname ? path.resolve(import.meta.dirname, '..') : process.cwd()

/** Where the hub keeps its data when the environment says nothing (see .env.example). */
export const defaults = {
  DATABASE_URI: `file:${path.join(projectRoot, 'cms', 'data', 'hub.db')}`,
  MEDIA_DIR: path.join(projectRoot, 'media', 'uploads'),
  DATA_DIR: path.join(projectRoot, 'cms', 'data'),
} as const
