/**
 * What the database preparation (`prepare.ts`, run in a process of its own) tells the launcher
 * beyond its exit code: whether it loaded the demo content, through one line of its log.
 */

/** The line `prepare.ts` writes when it loaded the demo content into an empty database. */
export const DEMO_CONTENT_LOADED = 'Demo content loaded into the empty database.'

/** Whether the preparation's output (its whole log) says it loaded the demo content. */
export const loadedDemoContent = (output: string): boolean =>
  output.split('\n').some((line) => line.trim() === DEMO_CONTENT_LOADED)

/** The launcher's step line once the database is ready: demo content is named only when it was loaded now. */
export const databaseReadyLine = (demoLoaded: boolean): string =>
  demoLoaded
    ? 'Database ready: migrations applied, demo content loaded (the database was empty)'
    : 'Database ready: migrations applied, its content kept'
