import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { expect, test } from '@playwright/test'

const root = path.resolve(import.meta.dirname, '..', '..')
const port = 4499
let site: ChildProcess

/** A second copy of the built site whose CMS address answers nothing. */
test.beforeAll(async () => {
  site = spawn(process.execPath, [path.join(root, 'dist', 'server', 'entry.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      CMS_URL: 'http://127.0.0.1:9',
      SITE_INVALIDATION_SECRET: 'x'.repeat(64),
    },
    stdio: 'ignore',
  })
  await expect(async () => {
    await fetch(`http://127.0.0.1:${port}/`)
  }).toPass({ timeout: 20_000 })
})

test.afterAll(async () => {
  site.kill('SIGTERM')
  await new Promise((resolve) => site.once('exit', resolve))
})

test('when the CMS cannot be reached, visitors get a plain French page, not a trace', async ({ page }) => {
  const response = await page.goto(`http://127.0.0.1:${port}/agenda`)
  expect(response?.status()).toBe(503)
  expect(response?.headers()['cache-control']).toBe('no-store')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le site est momentanément indisponible')
  await expect(page.locator('body')).not.toContainText('Error')
})
