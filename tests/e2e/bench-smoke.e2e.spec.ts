import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { hub } from './hub'

const root = path.resolve(import.meta.dirname, '..', '..')

test('the benchmark runs every section against the hub (smoke run)', async () => {
  // 1.3 minutes beside the other lanes of npm test.
  test.setTimeout(10 * 60_000)
  const report = path.join(hub.dir, 'bench-smoke.md')
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['tests/bench/run.ts', '--smoke', '--report', report],
    {
      cwd: root,
      env: {
        ...process.env,
        BENCH_CMS_URL: hub.cmsUrl,
        BENCH_SITE_URL: hub.siteUrl,
        BENCH_ENV_FILE: hub.env.ENV_FILE,
        BENCH_ADMIN_EMAIL: hub.admin.email,
        BENCH_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD!,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  expect(code, output).toBe(0)
  const written = readFileSync(report, 'utf8')
  for (const section of [
    '## 1. Serving',
    '## 2. Publish to live',
    '## 3. Rendering',
    '## 4. CMS API',
    '## 5. Images',
    '## 6. Search',
    '## 7. Lighthouse',
    '## 8. Feed builders',
    '## 9. Memory',
  ]) {
    expect(written, section).toContain(section)
  }
  // Where each process ran: the shared hub's site is found and placed like a hub the benchmark starts.
  expect(written).toMatch(
    /wrk ran on core \d+; the site on core\(s\) [\d,]+,|Every process ran where the scheduler put it\./,
  )
  // Every cached page answered, against nginx, without a failed request.
  expect(written).toMatch(/\| agenda +\| 10 +\| \d+ +\| \d+ +\| [\d.]+ +\| .* \| 0 +\|/)
  // The home timed from the cache, rendered anew (p50, p95), and rendered with the frame kept.
  expect(written).toMatch(/\| home +\| `\/` +\|( [\d.]+ ms +\|){4}/)
})
