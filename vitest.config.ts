import { defineConfig } from 'vitest/config'

// Two lanes. `unit`: pure code, boots nothing, runs in seconds. `int`: a real Payload on a
// temporary SQLite file per test file; files run one at a time (the machine has two cores and
// image processing is heavy).
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
