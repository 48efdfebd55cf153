import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'
import { isStale, markBuilt, serverBundleArgs, serverBundles, sourceFingerprint, targets } from './build'
import { holdAssets, restoreAssets } from './keepAssets'
import { emailStatusLine } from '../email/status'
import { describeFirstAdminLogin, takeFirstAdminLogin } from './firstAdmin'
import { checkFreeSpace, checkNodeVersion, checkWritableFolder } from './machine'
import { isPortFree, waitForHttp } from './ports'
import { checkDatabase } from './preflight'
import { databaseReadyLine, loadedDemoContent } from './prepareOutcome'
import { portInUse } from './problems'
import { run, type Service, startService, stopAll, stopForeground } from './processes'
import { loadEnvFile, readLauncherSettings, writeMissingSecrets, type LauncherSettings } from './settings'
import { Supervisor } from './supervisor'

/**
 * V8 flags of the two servers, measured on ten years of content. With its defaults V8 grew the young
 * generation to 64 MiB and kept the pages it grew once a burst was over; 8 MiB semi-spaces brought
 * the site after a search index rebuild to about 270 MiB instead of 360–420. It also let the old
 * generation fill with garbage long before collecting it: serving cached pages took the site from
 * about 250 to 430–490 MiB, and the CMS sat at 530 MiB, which a full collection brought back to
 * about 180 and 290 MiB. An explicit cap on the old generation makes V8 collect before it grows:
 * serving the same pages, the site stayed at 210–260 MiB, with the same uncached render times and
 * 10–20 % fewer cached answers per second; over all of `npm run bench` the peaks were 292 MiB (site)
 * and 602 MiB (CMS). The site's live heap peaks at about 80 MiB, during a complete search index
 * rebuild; the CMS's is about 70 MiB at rest. A server that reaches its cap dies and is restarted
 * (`supervisor.ts`); the caps are constants, since flags given here override NODE_OPTIONS.
 *
 * The CMS gets 32 MiB semi-spaces: a listing read builds every document of its answer at once (568
 * events of the calendar feed, 1.2 MB of JSON), and with 8 MiB the scavenger ran through them many
 * times, copying those still held: a quarter of the read's processor time was garbage collection.
 * With 32 MiB the read took 265–270 ms of the CMS's processor instead of 310 (p50 221–233 ms
 * instead of 245–258), the agenda's read of 14 days 54–61 ms instead of 63–66, for about 77 MiB
 * more at the peak of a 12-megapixel upload (548 MiB instead of 471; one-year corpus, 40 reads of
 * each, `/proc/<pid>/stat`, 2-core machine). On ten years of content: 293–297 ms instead of
 * 313–325 for the feed, 53–55 ms instead of 67–69 for the agenda.
 */
const CMS_FLAGS = ['--max-semi-space-size=32', '--max-old-space-size=512']
/**
 * The site also turns off V8's allocation-site pretenuring. While the site renders, the requests
 * it answers live for tens of milliseconds, so V8 learns to allocate Node's request and response
 * objects straight in the old generation; it kept doing so for the cached pages served afterwards,
 * which live for microseconds, and collected the old generation every second. After 300 renders,
 * the cached home (ten-year corpus, 10 connections, 3 s runs taking turns) was served at
 * 15,600–23,500 answers/s with 3–4 full collections a run, and at 19,300–29,100 with 2 without
 * pretenuring; 400 uncached event pages rendered in the same time (p50 27.0 and 27.5 ms).
 */
const SITE_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=256', '--no-allocation-site-pretenuring']

/**
 * glibc's allocator settings for the site (mallopt(3), set through the environment; an operator's
 * own values win). Most of the site's resident memory under load is outside V8's heap: after a
 * burst of audio and pages, 267 MiB resident held a heap of 89 MiB and 15 MiB of buffers. Each
 * thread that allocates (zlib's and the file reads' thread pool, V8's collector threads) got an
 * arena of its own that kept what it freed, and the 64 KiB buffers of every file read came from
 * those arenas. Two arenas, and large blocks mapped apart and given back when freed: with blocks
 * of 64 KiB and more mapped so, the same load (100 connections on five cached pages and feeds, then
 * on an episode's audio, whole and by ranges; ten-year corpus, 2-core machine) left the site at
 * 192–203 MiB instead of 229–259, peaking at 243 MiB instead of 279–292. But a file read's 64 KiB
 * buffer (a few bytes more with malloc's header) was then mapped and unmapped at every read: after
 * cached pages, the site served random 64 KiB ranges at 2,300–2,800 requests/s. From 128 KiB, it
 * served them at 3,700–3,800, for the same peak (257 against 264 MiB; pages and feeds, then
 * audio, at 10 and 100 connections, 3 s each, each setting on a hub of its own).
 */
const SITE_MALLOC = (env: NodeJS.ProcessEnv) => ({
  MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2',
  MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
})

/**
 * `npm start`: checks everything it can, then secrets, database, demo content, production builds
 * when stale, and the CMS and the site in production mode until Ctrl-C. One line per step; the
 * tools' own output goes to log files in DATA_DIR/logs, shown in full only when a step fails.
 * Once both servers are up, one that dies is started again alone (`supervisor.ts`).
 * `--dev` runs the hot-reload servers instead (their output on the console); `--build-only` stops
 * after the builds.
 */
const mode = process.argv.includes('--dev') ? 'dev' : process.argv.includes('--build-only') ? 'build' : 'start'

const services: Service[] = []
const supervisors: Supervisor[] = []
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
    await Promise.all([stopAll(services), ...supervisors.map((supervisor) => supervisor.stop())])
  }
  process.exit(code)
}

const step = (text: string) => console.log(`• ${text}`)
const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`
const showLog = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trimEnd() : '(no output)')

/** Every check that needs no write: the first problem found, in one sentence, or null. */
async function firstProblem(settings: LauncherSettings): Promise<string | null> {
  if (mode !== 'build') {
    for (const [name, port] of [
      ['CMS_PORT', settings.CMS_PORT],
      ['SITE_PORT', settings.SITE_PORT],
    ] as const) {
      if (!(await isPortFree(port))) return portInUse(name, port)
    }
  }
  const folders = [
    [settings.DATA_DIR, 'DATA_DIR'],
    [settings.MEDIA_DIR, 'MEDIA_DIR'],
  ] as const
  for (const [folder, setting] of folders) {
    const problem = checkWritableFolder(folder, setting) ?? checkFreeSpace(folder)
    if (problem) return problem
  }
  // The production builds (cms/.next, dist/) go into the project itself.
  const buildSpace = mode === 'dev' ? null : checkFreeSpace(projectRoot)
  if (buildSpace) return buildSpace
  return mode === 'build' ? null : checkDatabase(settings.DATABASE_URI)
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  const tooOld = checkNodeVersion()
  if (tooOld) fail(tooOld)
  loadEnvFile()
  let settings
  try {
    settings = readLauncherSettings()
  } catch (error) {
    fail((error as Error).message)
  }
  console.log(`La Coopé hub: ${mode === 'build' ? 'building' : 'starting'} (Node.js ${process.versions.node})`)
  const problem = await firstProblem(settings)
  if (problem) fail(problem)
  step('Checked: Node.js, ports, folders, free space and database')

  const logs = path.join(settings.DATA_DIR, 'logs')
  for (const folder of [logs, settings.MEDIA_DIR]) mkdirSync(folder, { recursive: true })
  // The database, its logs and the first admin's login live here: for the operator's user only.
  chmodSync(settings.DATA_DIR, 0o700)
  const written = writeMissingSecrets()
  if (written.length) step(`Wrote random ${written.join(' and ')} to .env (kept for the next starts)`)
  const nodeEnv = mode === 'dev' ? 'development' : 'production'
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings,
    CMS_PORT: String(settings.CMS_PORT),
    SITE_PORT: String(settings.SITE_PORT),
    SITE_FILE_MEMORY_MB: String(settings.SITE_FILE_MEMORY_MB),
    NODE_ENV: nodeEnv,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    // The tools' output goes to log files: plain text, no terminal colour codes.
    NO_COLOR: '1',
  }

  if (mode !== 'build') {
    const log = path.join(logs, 'prepare.log')
    if ((await run('tsx', [path.join(projectRoot, 'cms', 'launcher', 'prepare.ts')], env, log)) !== 0)
      fail(
        showLog(log).split('\n').at(-1)?.trim() ||
          `The database could not be prepared: see ${log}, fix the cause and run npm start again.`,
      )
    step(databaseReadyLine(loadedDemoContent(showLog(log))))
  }

  if (mode !== 'dev') {
    const fingerprint = sourceFingerprint()
    for (const [target, tool, args] of [
      [targets.cms, 'next', ['build', 'cms']],
      [targets.site, 'astro', ['build']],
      [targets.servers, 'esbuild', serverBundleArgs],
    ] as const) {
      if (!isStale(target, fingerprint)) continue
      const log = path.join(logs, `build-${tool}.log`)
      const started = performance.now()
      step(`Building the ${target.name} (${target.takes}; log: ${path.relative(projectRoot, log)})…`)
      // Pages the site kept from its previous build name that build's scripts: they stay available.
      const held = target === targets.site ? holdAssets() : []
      if ((await run(tool, [...args], env, log)) !== 0)
        fail(`${showLog(log)}\n\nThe ${target.name} build failed: its full log is above and in ${log}.`)
      restoreAssets(held)
      markBuilt(target, fingerprint)
      step(`Built the ${target.name} in ${seconds(started)}`)
    }
    if (mode === 'build') return
  }

  step('Starting the servers…')
  const cmsReady = `http://127.0.0.1:${settings.CMS_PORT}/api/users/me`
  const siteReady = `http://127.0.0.1:${settings.SITE_PORT}/`
  if (mode === 'dev') {
    // The hot-reload servers show everything on the console, and a crash there is the developer's to see.
    services.push(
      startService(
        'cms',
        'next',
        ['dev', 'cms', '-p', String(settings.CMS_PORT)],
        env,
        path.join(logs, 'cms.log'),
        true,
      ),
      startService(
        'site',
        'astro',
        ['dev', '--port', String(settings.SITE_PORT)],
        env,
        path.join(logs, 'site.log'),
        true,
      ),
    )
    for (const service of services) void service.exited.then((code) => stoppedUnexpectedly(service, code))
  } else {
    const failedStart = (service: Service, code: number) => stoppedUnexpectedly(service, code)
    supervisors.push(
      new Supervisor(
        {
          name: 'cms',
          tool: 'node',
          args: [...CMS_FLAGS, serverBundles.cms],
          env: { ...env, JOBS_AUTORUN: '1' },
          log: path.join(logs, 'cms.log'),
          readyUrl: cmsReady,
        },
        failedStart,
      ),
      new Supervisor(
        {
          name: 'site',
          tool: 'node',
          args: [...SITE_FLAGS, serverBundles.site],
          env: {
            ...env,
            ...SITE_MALLOC(env),
            HOST: '0.0.0.0',
            PORT: String(settings.SITE_PORT),
            // Cached pages survive a restart of the site, even while the CMS is down.
            SITE_CACHE_DIR: path.join(settings.DATA_DIR, 'site-cache'),
          },
          log: path.join(logs, 'site.log'),
          readyUrl: siteReady,
        },
        failedStart,
      ),
    )
  }
  const running = () => [...services, ...supervisors.map((supervisor) => supervisor.current)]

  const alive = () => !stopping
  // The first admin request also starts the CMS's job runner (retries, scheduled publications).
  const ready = await Promise.all([waitForHttp(cmsReady, 120_000, alive), waitForHttp(siteReady, 120_000, alive)])
  if (!ready.every(Boolean)) {
    if (stopping) return
    for (const service of running()) console.error(`--- ${service.name} (${service.log})\n${showLog(service.log)}`)
    console.error('The servers did not become ready within 2 minutes: their logs are above.')
    return stop(1)
  }
  for (const supervisor of supervisors) supervisor.keepRunning()
  console.log(`\n${emailStatusLine(env)}`)
  console.log(`\nLa Coopé is running:\n  CMS admin:   ${settings.CMS_URL}/admin\n  public site: ${settings.SITE_URL}\n`)
  takeFirstAdminLogin(settings.DATA_DIR, (login) =>
    console.log(`${describeFirstAdminLogin(login, settings.CMS_URL)}\n`),
  )
  console.log(`Server logs: ${path.relative(projectRoot, logs) || logs}/. Press Ctrl-C to stop.`)
}

/** A server that ended while the hub starts (or in dev mode): its log's end, one sentence, and the hub stops. */
function stoppedUnexpectedly(service: Service, code: number): void {
  if (stopping) return
  if (!service.echo) console.error(showLog(service.log).split('\n').slice(-40).join('\n'))
  console.error(
    `The ${service.name} server stopped unexpectedly (exit ${code}); its log: ${service.log}. Stopping the hub.`,
  )
  void stop(code || 1)
}

main().catch((error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}\n`)
  void stop(1)
})
