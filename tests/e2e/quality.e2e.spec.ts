import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { pageTemplates, searchIndexReady } from './templates'

test.beforeAll(searchIndexReady)

const root = path.resolve(import.meta.dirname, '..', '..')
const vnu = path.join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

test('every kind of page is valid HTML for the Nu checker', async ({ request }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'coope-html-'))
  try {
    const files: string[] = []
    for (const [i, { path: address }] of (await pageTemplates()).entries()) {
      const file = path.join(dir, `${i}-${address.replace(/[^a-z0-9]+/gi, '-')}.html`)
      writeFileSync(file, await (await request.get(address)).text())
      files.push(file)
    }
    // One Java start for the whole batch.
    const run = spawnSync(
      process.env.JAVA_PATH ?? 'java',
      ['-jar', vnu, '--errors-only', '--format', 'json', ...files],
      { encoding: 'utf8' },
    )
    const { messages } = JSON.parse(run.stderr) as { messages: { url: string; message: string; lastLine?: number }[] }
    expect(messages.map((m) => `${path.basename(m.url)}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('no page scrolls sideways at 320 px wide or at 200 % zoom', async ({ browser }) => {
  const templates = await pageTemplates()
  // 200 % zoom of a 1280 × 800 window: a 640 × 400 CSS-pixel viewport drawn at twice the density.
  for (const viewport of [
    { width: 320, height: 640, deviceScaleFactor: 1 },
    { width: 640, height: 400, deviceScaleFactor: 2 },
  ]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: viewport.deviceScaleFactor })
    const page = await context.newPage()
    const wide: string[] = []
    for (const { path: address } of templates) {
      await page.goto(address)
      // How much wider than the window the page is, and the first element sticking out (to find the cause).
      const [overflow, culprit] = await page.evaluate(() => {
        const out = [...document.querySelectorAll('body *')].find(
          (e) => e.getBoundingClientRect().right > window.innerWidth,
        )
        return [
          document.documentElement.scrollWidth - window.innerWidth,
          out ? `${out.tagName} ${out.className}` : '',
        ] as const
      })
      if (overflow > 0) wide.push(`${address} at ${viewport.width} px: ${overflow} px too wide (${culprit})`)
    }
    await context.close()
    expect(wide).toEqual([])
  }
})

test('pages load JavaScript only where it is needed, and home and agenda weigh under 100 KB', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const types = new Map<string, string>()
  const requests: { type: string; bytes: number }[] = []
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type))
  cdp.on('Network.loadingFinished', (event) =>
    requests.push({ type: types.get(event.requestId) ?? 'Other', bytes: event.encodedDataLength }),
  )
  const heavy: string[] = []
  const scripted: string[] = []
  for (const { path: address, needsScript } of await pageTemplates()) {
    requests.length = 0
    await page.goto(address, { waitUntil: 'networkidle' })
    const scripts =
      requests.filter((r) => r.type === 'Script').length +
      (await page.locator('script:not([type="application/ld+json"])').count())
    if (!needsScript && scripts > 0) scripted.push(`${address}: ${scripts} script(s)`)
    if (address === '/' || address === '/agenda') {
      const bytes = requests.filter((r) => r.type !== 'Image').reduce((sum, r) => sum + r.bytes, 0)
      if (bytes >= 100 * 1024) heavy.push(`${address}: ${Math.round(bytes / 1024)} KB`)
    }
  }
  expect(scripted).toEqual([])
  expect(heavy).toEqual([])
})
