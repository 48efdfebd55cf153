import { defineConfig } from 'vitest/config'

/** Preloaded by the integration workers and every process they start: see the file. */
const drizzleResolve = `--import=${new URL('./tests/helpers/drizzleResolve.mjs', import.meta.url).href}`

/**
 * Unit files that need modules of their own: they read state their modules keep for the whole
 * process (the site's page store, on globalThis; the collections' configs, which Payload's
 * sanitising changes in place), which the other files leave changed.
 */
const UNIT_ALONE = ['tests/unit/routeCache.unit.spec.ts', 'tests/unit/refusal-errors.unit.spec.ts']

/**
 * How long a unit test may run before it counts as stuck. Vitest's default, 5 s, is for a slow
 * machine's test too: beside the production builds of npm test, converting three iPhone photos
 * took 5.2 s (0.8 s on a quiet machine).
 */
const UNIT_TIMEOUT_MS = 30_000

// Two lanes. `unit` (with `unit alone`): pure code, boots nothing, runs in seconds. `int`: a real
// Payload on a temporary SQLite file per test file; files run one at a time, and those of one
// process share the packages they load (tests/helpers/intFileIsolation.ts says what they do not
// share): each file loading them afresh cost about 5 CPU-seconds, and six small files took 45
// CPU-seconds instead of 15 (one process, quiet machine). Two at a time
// (`maxWorkers: 2`) saved under 2 of 24.8 minutes beside the end-to-end lanes: both cores are
// already busy, each file took 1.5 to 4 times as long, and the demo load's hook came to 297 s of
// its 420 s timeout.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.unit.spec.ts'],
          exclude: UNIT_ALONE,
          // One module registry for all files: each file importing its modules afresh made the unit
          // lane 44 s of processor time instead of 20.
          isolate: false,
          testTimeout: UNIT_TIMEOUT_MS,
          env: { NODE_ENV: 'test' },
        },
      },
      { test: { name: 'unit alone', include: UNIT_ALONE, testTimeout: UNIT_TIMEOUT_MS, env: { NODE_ENV: 'test' } } },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          pool: 'forks',
          fileParallelism: false,
          isolate: false,
          setupFiles: ['tests/helpers/intFileIsolation.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          env: { NODE_ENV: 'test', NODE_OPTIONS: [process.env.NODE_OPTIONS, drizzleResolve].filter(Boolean).join(' ') },
        },
      },
    ],
  },
})
