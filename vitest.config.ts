import { defineConfig } from 'vitest/config'

// Two lanes. `unit`: pure code, boots nothing, runs in seconds. `int`: a real Payload on a
// temporary SQLite file per test file; files run one at a time. Two at a time, beside the
// end-to-end lanes, the lane took 23.0 minutes against 24.8: both cores are already busy, and each
// file took 1.5 to 4 times as long (the demo load's hook 297 s of its 420).
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
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          env: { NODE_ENV: 'test' },
        },
      },
    ],
  },
})
