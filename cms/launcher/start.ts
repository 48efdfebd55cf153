import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'
import { isStale, markBuilt, sourceFingerprint, targets } from './build'
import { isPortFree, waitForHttp } from './ports'
import { portInUse } from './problems'
import { run, type Service, startService, stopAll, stopForeground } from './processes'
import { loadEnvFile, readLauncherSettings } from './settings'

/**
 * `npm start`: secrets, database, demo content, production builds when stale, then the CMS and the
 * site in production mode until Ctrl-C. `--dev` runs the hot-reload servers instead; `--build-only`
 * stops after the builds.
 */
const mode = process.argv.includes('--dev') ? 'dev' : process.argv.includes('--build-only') ? 'build' : 'start'

const services: Service[] = []
let stopping = false

function fail(message: string): never {
  // A step cut short by Ctrl-C is no failure to report.
  if (!stopping) console.error(`\n${message}\n`)
  process.exit(1)
}

/** Ctrl-C (or a service manager's SIGTERM) at any step stops whatever runs then, and nothing is left. */
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    stopForeground()
    await stopAll(services)
  }
  process.exit(code)
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  const written = loadEnvFile()
  if (written.length) console.log(`Wrote random ${written.join(' and ')} to .env (kept for the next starts).`)
  let settings
  try {
    settings = readLauncherSettings()
  } catch (error) {
    fail((error as Error).message)
  }
  const nodeEnv = mode === 'dev' ? 'development' : 'production'
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings,
    CMS_PORT: String(settings.CMS_PORT),
    SITE_PORT: String(settings.SITE_PORT),
    NODE_ENV: nodeEnv,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  mkdirSync(settings.MEDIA_DIR, { recursive: true })

  if (mode !== 'build') {
    for (const [name, port] of [
      ['CMS_PORT', settings.CMS_PORT],
      ['SITE_PORT', settings.SITE_PORT],
    ] as const) {
      if (!(await isPortFree(port))) fail(portInUse(name, port))
    }
    if ((await run('tsx', [path.join(projectRoot, 'cms', 'launcher', 'prepare.ts')], env)) !== 0) return stop(1)
  }

  if (mode !== 'dev') {
    const fingerprint = sourceFingerprint()
    for (const [target, args] of [
      [targets.cms, ['build', 'cms']],
      [targets.site, ['build']],
    ] as const) {
      if (!isStale(target, fingerprint)) continue
      console.log(`Building the ${target.name}…`)
      if ((await run(target === targets.cms ? 'next' : 'astro', [...args], env)) !== 0)
        fail(`The ${target.name} build failed: see the messages above.`)
      markBuilt(target, fingerprint)
    }
    if (mode === 'build') return
  }

  services.push(
    ...(mode === 'dev'
      ? [
          startService('cms', 'next', ['dev', 'cms', '-p', String(settings.CMS_PORT)], env),
          startService('site', 'astro', ['dev', '--port', String(settings.SITE_PORT)], env),
        ]
      : [
          startService('cms', 'tsx', [path.join(projectRoot, 'cms', 'server.ts')], { ...env, JOBS_AUTORUN: '1' }),
          startService('site', 'node', [path.join(projectRoot, 'dist', 'server', 'entry.mjs')], {
            ...env,
            HOST: '0.0.0.0',
            PORT: String(settings.SITE_PORT),
          }),
        ]),
  )

  for (const service of services) {
    void service.exited.then((code) => {
      if (!stopping) console.error(`The ${service.name} server stopped unexpectedly (exit ${code}); stopping the hub.`)
      void stop(code || 1)
    })
  }

  const alive = () => !stopping
  // The first admin request also starts the CMS's job runner (retries, scheduled publications).
  const ready = await Promise.all([
    waitForHttp(`http://127.0.0.1:${settings.CMS_PORT}/api/users/me`, 120_000, alive),
    waitForHttp(`http://127.0.0.1:${settings.SITE_PORT}/`, 120_000, alive),
  ])
  if (!ready.every(Boolean)) {
    if (!stopping) console.error('The servers did not become ready in time: see the messages above.')
    return stop(1)
  }
  console.log(
    `\nLa Coopé is running:\n  CMS admin:   ${settings.CMS_URL}/admin\n  public site: ${settings.SITE_URL}\nPress Ctrl-C to stop.`,
  )
  console.log((await import('../email/status')).emailStatusLine(env))
}

void main()
