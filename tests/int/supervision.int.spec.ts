import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serverBundles } from '../../cms/launcher/build'
import { groupAlive, processes } from '../helpers/procfs'
import { root } from '../helpers/run'

// Ports of this test alone, away from a developer's hub and the end-to-end one.
const CMS_PORT = 3571
const SITE_PORT = 4571
const cmsUrl = `http://127.0.0.1:${CMS_PORT}`
const siteUrl = `http://127.0.0.1:${SITE_PORT}`

const dir = mkdtempSync(path.join(tmpdir(), 'coope-supervision-'))
let launcher: ChildProcess
let output = ''
let exited: Promise<number | null>

/**
 * Polls `check` until it is true, or fails after `timeoutMs` (or at once when the launcher has
 * ended, unless `launcherMayEnd`) with `what` and the launcher's output.
 */
async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 120_000,
  launcherMayEnd = false,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    const ended = !launcherMayEnd && (launcher.exitCode !== null || launcher.signalCode !== null)
    if (ended || Date.now() > deadline)
      throw new Error(
        `${what}: ${ended ? 'the launcher ended' : `not within ${timeoutMs / 1000} s`}\n${output.slice(-4000)}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The HTTP status of `url`, or null when nothing answers there. */
const statusOf = (url: string) =>
  fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) }).then(
    (response) => response.status,
    () => null,
  )

/** The processes this test's hub runs for one of its servers (Node running its bundle, see serverBundles). */
const serverProcesses = (server: keyof typeof serverBundles) =>
  processes().filter(
    (p) =>
      p.state !== 'Z' &&
      p.cmdline.includes(serverBundles[server]) &&
      p.file('environ').split('\0').includes(`CMS_PORT=${CMS_PORT}`),
  )

/** The process that serves: Node itself, leading a process group of its own. */
const serving = (server: keyof typeof serverBundles) => {
  const found = serverProcesses(server)
  expect(found.length).toBeLessThanOrEqual(1)
  return found[0]
}

beforeAll(async () => {
  // As `npm start` runs it: production builds when stale, the demo content, both servers.
  launcher = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'cms', 'launcher', 'start.ts')], {
    cwd: root,
    env: {
      ...process.env,
      CMS_PORT: String(CMS_PORT),
      SITE_PORT: String(SITE_PORT),
      CMS_URL: cmsUrl,
      SITE_URL: siteUrl,
      DATABASE_URI: `file:${path.join(dir, 'hub.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      DATA_DIR: dir,
      ENV_FILE: path.join(dir, '.env'),
      ADMIN_EMAIL: 'admin-supervision@test.coope',
      ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  exited = new Promise((resolve) => launcher.once('exit', (code) => resolve(code)))
  for (const stream of [launcher.stdout!, launcher.stderr!]) stream.on('data', (chunk) => (output += chunk))
  // The first start of a fresh worktree builds both servers: minutes on a busy machine.
  await until('The hub says it is running', () => output.includes('La Coopé is running'), 900_000)
}, 960_000)

afterAll(async () => {
  if (launcher.exitCode === null && launcher.signalCode === null) {
    launcher.kill('SIGKILL')
    await exited
  }
  for (const server of ['cms', 'site'] as const)
    for (const p of serverProcesses(server)) process.kill(-p.group, 'SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

describe('npm start keeps the hub running', () => {
  it('restarts a CMS killed with kill -9, alone, while the site keeps answering', async () => {
    const cms = serving('cms')
    const site = serving('site')
    expect(cms).toBeDefined()
    expect(site).toBeDefined()
    expect(await statusOf(`${siteUrl}/`)).toBe(200)

    process.kill(cms!.pid, 'SIGKILL')
    await until('The CMS stops answering', async () => (await statusOf(`${cmsUrl}/api/users/me`)) === null)
    // The page the launcher asked for at start is in the site's cache: served without the CMS.
    expect(await statusOf(`${siteUrl}/`)).toBe(200)
    await until('The launcher says the CMS stopped', () => /The cms server stopped unexpectedly/.test(output))

    await until('The CMS answers again', async () => {
      const status = await statusOf(`${cmsUrl}/api/users/me`)
      return status !== null && status < 500
    })
    const restarted = serving('cms')
    expect(restarted?.pid).not.toBe(cms!.pid)
    await until('The launcher says the CMS runs again', () => output.includes('The cms server is running again.'))
    // The site was never restarted.
    expect(serving('site')?.pid).toBe(site!.pid)
    expect(output.match(/stopped unexpectedly/g)).toHaveLength(1)
    expect(output).not.toMatch(/Stopping the hub/)
    // The restarted server's start-up lines stay in its log, as at the hub's start.
    expect(output).not.toContain('CMS listening')
  }, 300_000)

  it('still stops everything, restarted servers included, on SIGTERM', async () => {
    const groups = [...serverProcesses('cms'), ...serverProcesses('site')].map((p) => p.group)
    expect(groups.length).toBeGreaterThanOrEqual(2)
    launcher.kill('SIGTERM')
    expect(await exited).toBe(0)
    await until('Every server process has ended', () => groups.every((group) => !groupAlive(group)), 30_000, true)
    expect(await statusOf(`${cmsUrl}/api/users/me`)).toBeNull()
    expect(await statusOf(`${siteUrl}/`)).toBeNull()
  }, 60_000)
})
