import { defineConfig } from '@playwright/test'

import { hub } from './tests/e2e/hub'
import { chromiumFlags, headlessShellPath } from './tests/helpers/chromium'

/**
 * End-to-end tests drive Debian's chromium (its headless shell: tests/helpers/chromium.ts) against
 * the hub started exactly as `npm start` starts it (production builds, SQLite file), on ports and
 * a database of their own.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  fullyParallel: false,
  // The newcomer test builds its own copy of the hub: it runs beside the specs of the shared hub,
  // which run one at a time because they share its database and cache.
  workers: 2,
  projects: [
    { name: 'shared hub', testIgnore: '**/fresh-machine.e2e.spec.ts', workers: 1 },
    // Its own results folder: `npm test` runs it in a second Playwright run beside the first (tests/runAll.ts).
    { name: 'fresh machine', testMatch: '**/fresh-machine.e2e.spec.ts', outputDir: 'test-results-fresh-machine' },
  ],
  retries: 0,
  // Twice the slowest ordinary spec beside the other lanes of npm test (about 30 s).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: hub.siteUrl,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    launchOptions: {
      executablePath: headlessShellPath,
      // A fake microphone (a beep) for the recorder of the contribution form.
      args: [...chromiumFlags, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    },
  },
})
