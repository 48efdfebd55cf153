import { execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'

import { signInvalidation } from '../../schemas/invalidation'

const root = path.resolve(import.meta.dirname, '..', '..')

/** A running hub the benchmark talks to: its addresses, an admin's token, and its processes. */
export type BenchHub = {
  cms: string
  site: string
  /** Headers of the admin's REST requests. */
  admin: Record<string, string>
  /** The admin's session cookie, for admin pages. */
  adminCookie: string
  /** Drops the site's cached pages carrying `tags`, signed as the CMS signs invalidations. */
  invalidate: (tags: string[]) => Promise<void>
  /** Process ids of the CMS and site servers, found by the ports they listen on. */
  pids: () => { cms?: number; site?: number }
  stop: () => Promise<void>
}

export type HubSettings = {
  cmsPort: number
  sitePort: number
  /** The hub's data: SQLite file, media folder, .env (DATA_DIR). */
  dataDir: string
  database: string
  media: string
  admin: { email: string; password: string }
}

/** The pid of the process listening on `port` on this machine, if any (read from `ss`). */
function listener(port: number): number | undefined {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
    const pid = /pid=(\d+)/.exec(out)?.[1]
    return pid ? Number(pid) : undefined
  } catch {
    return undefined
  }
}

async function connect(
  cms: string,
  site: string,
  envFile: string,
  admin: HubSettings['admin'],
  stop: () => Promise<void>,
): Promise<BenchHub> {
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: cms },
    body: JSON.stringify(admin),
  })
  if (!login.ok) throw new Error(`The benchmark's admin could not sign in (${login.status}): ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  const secret = parseEnv(readFileSync(envFile, 'utf8')).SITE_INVALIDATION_SECRET ?? ''
  return {
    cms,
    site,
    admin: { authorization: `JWT ${token}`, 'content-type': 'application/json', origin: cms },
    adminCookie: `payload-token=${token}`,
    invalidate: async (tags) => {
      const body = JSON.stringify({ tags })
      const response = await fetch(`${site}/api/cache/invalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-coope-signature': signInvalidation(body, secret) },
        body,
      })
      if (!response.ok) throw new Error(`The site refused the benchmark's invalidation: ${response.status}`)
    },
    pids: () => ({ cms: listener(Number(new URL(cms).port)), site: listener(Number(new URL(site).port)) }),
    stop,
  }
}

/** Starts the built hub as `npm start` does, on the given data, and signs the admin in. */
export async function startHub(settings: HubSettings): Promise<BenchHub> {
  const cms = `http://localhost:${settings.cmsPort}`
  const site = `http://localhost:${settings.sitePort}`
  const envFile = path.join(settings.dataDir, '.env')
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['cms/launcher/start.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CMS_PORT: String(settings.cmsPort),
      SITE_PORT: String(settings.sitePort),
      CMS_URL: cms,
      SITE_URL: site,
      DATABASE_URI: `file:${settings.database}`,
      MEDIA_DIR: settings.media,
      DATA_DIR: settings.dataDir,
      ENV_FILE: envFile,
      ADMIN_EMAIL: settings.admin.email,
      ADMIN_PASSWORD: settings.admin.password,
    },
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk
      if (output.includes('La Coopé is running')) resolve()
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) =>
      reject(new Error(`The hub exited (${code}) before it was ready:\n${output.slice(-3000)}`)),
    )
  })
  child.stdout!.resume()
  child.stderr!.resume()
  const stop = async () => {
    if (child.exitCode !== null) return
    process.kill(-child.pid!, 'SIGINT')
    await new Promise((resolve) => child.once('exit', resolve))
  }
  try {
    return await connect(cms, site, envFile, settings.admin, stop)
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * A hub already running elsewhere (the end-to-end tests' one), named by BENCH_CMS_URL,
 * BENCH_SITE_URL, BENCH_ENV_FILE, BENCH_ADMIN_EMAIL and BENCH_ADMIN_PASSWORD; undefined when
 * they are not set. The benchmark leaves it running.
 */
export async function runningHub(): Promise<BenchHub | undefined> {
  const { BENCH_CMS_URL, BENCH_SITE_URL, BENCH_ENV_FILE, BENCH_ADMIN_EMAIL, BENCH_ADMIN_PASSWORD } = process.env
  if (!BENCH_CMS_URL || !BENCH_SITE_URL || !BENCH_ENV_FILE || !BENCH_ADMIN_EMAIL || !BENCH_ADMIN_PASSWORD)
    return undefined
  const admin = { email: BENCH_ADMIN_EMAIL, password: BENCH_ADMIN_PASSWORD }
  return connect(BENCH_CMS_URL, BENCH_SITE_URL, BENCH_ENV_FILE, admin, async () => {})
}
