import { defineConfig } from 'vitest/config'

// Two lanes. `unit`: pure code, boots nothing, runs in seconds. `int`: a real Payload on a
// temporary SQLite file per test file; two files at a time. One at a time, the lane took 25 minutes
// and ran alone on one core for its last 9, after the end-to-end lanes beside it had ended.
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
