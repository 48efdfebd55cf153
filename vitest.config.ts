import { defineConfig } from 'vitest/config'

// Two lanes. `unit`: pure code, boots nothing, runs in seconds. `int`: a real Payload on a
// temporary SQLite file per test file; files run one at a time. Two at a time took as long
// (10.4 min against 9.5–10.7): beside the newcomer test's builds, both cores are already busy.
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
