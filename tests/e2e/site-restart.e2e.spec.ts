import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { serverBundles } from '../../cms/launcher/build'
import { hub } from './hub'

const root = path.resolve(import.meta.dirname, '..', '..')
const port = 4498
const site = `http://127.0.0.1:${port}`

/**
 * A copy of the built site's server, reading the CMS at `cmsUrl`: the bundle the launcher runs,
 * without its V8 flags and allocator settings, which tune memory and speed, not what a restart keeps.
 */
async function startSite(cmsUrl: string, cacheDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [serverBundles.site], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      CMS_URL: cmsUrl,
      SITE_INVALIDATION_SECRET: 'x'.repeat(64),
      SITE_CACHE_DIR: cacheDir,
      // Its search index goes beside the page cache, not into the project's data folder.
      DATA_DIR: cacheDir,
    },
    stdio: 'ignore',
    // A group of its own, killed whole, as a crash would end everything the server started.
    detached: true,
  })
  await expect(async () => {
    await fetch(`${site}/robots.txt`)
  }).toPass({ timeout: 30_000 })
  return child
}

/** `kill -9` of the site: its process group at once, and nothing left listening. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid!, 'SIGKILL')
  await exited
  const listening = () =>
    fetch(`${site}/robots.txt`).then(
      () => true,
      () => false,
    )
  await expect.poll(listening).toBe(false)
}

test('a site killed and restarted while the CMS is down still serves the pages it had cached', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'coope-site-cache-'))
  let child = await startSite(hub.cmsUrl, cacheDir)
  try {
    const before = await fetch(`${site}/maisons`)
    expect(before.status).toBe(200)
    const page = await before.text()
    await expect.poll(async () => (await fetch(`${site}/maisons`)).headers.get('x-astro-cache')).toBe('HIT')
    await expect.poll(() => readdirSync(cacheDir).filter((name) => name.endsWith('.json')).length).toBeGreaterThan(0)

    await killGroup(child)
    // Nothing listens at this address: the CMS is down.
    child = await startSite('http://127.0.0.1:9', cacheDir)

    const after = await fetch(`${site}/maisons`)
    expect(after.status).toBe(200)
    expect(await after.text()).toBe(page)
    // A page this site never rendered needs the CMS: the French notice, not a trace.
    const uncached = await fetch(`${site}/projets/jamais-vu-${Date.now()}`)
    expect(uncached.status).toBe(503)
    expect(await uncached.text()).toContain('momentanément indisponible')
  } finally {
    await killGroup(child)
    rmSync(cacheDir, { recursive: true, force: true })
  }
})
