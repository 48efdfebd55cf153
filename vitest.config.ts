import { defineConfig } from 'vitest/config'

// Two lanes. `unit`: pure code, boots nothing, runs in seconds. `int`: a real Payload on a
// temporary SQLite file and media folder per test file; two files at a time, one per core (each
// file mostly keeps one core busy, and they share nothing but the machine).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.unit.spec.ts'],
          env: { NODE_ENV: 'test' },
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          env: { NODE_ENV: 'test' },
        },
      },
    ],
  },
})
