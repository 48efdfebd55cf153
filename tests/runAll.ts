import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `npm test` after its tools check. The production build runs first; then the checks that need
 * nothing built (lint, typecheck, unit, one after the other), the integration lane and the
 * end-to-end specs of the shared hub run side by side on that build. The newcomer test, which
 * copies the project, runs `npm ci` and builds its own copy, starts first and runs beside all of
 * them. Each of those mostly keeps one core busy; one after the other they took 22 to 25 minutes on
 * two cores. The checks used to come before the build: building first starts the two lanes that end
 * last 2.9 minutes sooner, and the suite ended 0.6 minutes sooner on a clean clone (19.1 against
 * 19.7), both cores being busy nearly throughout either way.
 *
 * The integration files are a queue taken a few at a time, one `vitest` process per batch (files
 * one after the other, as `npm run test:int` runs them). Once the end-to-end and newcomer lanes
 * have ended, a second process takes batches from the same queue: the integration lane used to
 * run alone on one core for its last 7 to 10 minutes. Two at a time from the start made each file
 * 1.5 to 4 times slower beside the other lanes, and saved under 2 minutes of 25.
 *
 * The first integration process prints as it goes; every other lane's output is printed once it
 * ends. The first failing lane stops every other. Exit code: 0 when every lane passed.
 */
type Lane = { name: string; command: string; args: string[] }

const lane = (command: string, ...args: string[]): Lane => ({ name: `${command} ${args.join(' ')}`, command, args })
const BUILD = lane('npm', 'run', 'build')
const CHECKS: Lane[] = [lane('npm', 'run', 'lint'), lane('npm', 'run', 'typecheck'), lane('npm', 'run', 'test:unit')]
/**
 * Integration files per `vitest` process: few enough to share the queue's end. Each process costs
 * about 8 CPU-seconds before its first test (vitest, then Payload's packages, which the files of a
 * process share: vitest.config.ts).
 */
const INTEGRATION_BATCH = 6
const INTEGRATION_DIR = path.join('tests', 'int')
/**
 * The integration files of one to two minutes each, most of it in processes they start (crashed
 * CMSs, the launcher, operator commands): first in the queue, so that its end, which two processes
 * share, is made of files of seconds. Last in alphabetical order, the launcher's two files ran
 * alone on one core for the suite's last 2.4 minutes.
 */
const SLOWEST_FIRST = ['crash', 'startup', 'supervision', 'seed', 'backup', 'admin-password']
const slowRank = (file: string) => {
  const rank = SLOWEST_FIRST.indexOf(path.basename(file, '.int.spec.ts'))
  return rank === -1 ? SLOWEST_FIRST.length : rank
}
const integrationQueue = readdirSync(INTEGRATION_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.int.spec.ts'))
  .sort((a, b) => slowRank(a) - slowRank(b) || a.localeCompare(b))
  .map((file) => path.join(INTEGRATION_DIR, file))
const END_TO_END = lane('npx', 'playwright', 'test', '--project', 'shared hub')
const NEWCOMER = lane('npx', 'playwright', 'test', '--project', 'fresh machine')

const logDir = mkdtempSync(path.join(tmpdir(), 'coope-test-lanes-'))
const minutesSince = (start: number) => `${((performance.now() - start) / 60_000).toFixed(1)} min`
const suiteStart = performance.now()

type Running = { lane: Lane; child: ChildProcess; done: Promise<number>; ended: boolean; log?: string }

/** Every lane started: a failure or Ctrl-C stops those still running, so none is left running unseen. */
const started: Running[] = []
/** Set once the run is ending: no integration batch starts after that, to be left running unseen. */
let finishing = false

/**
 * Starts a lane in a process group of its own (so that stopping it stops the servers and builds it
 * started too): on the console, or with `logged` into a file of its own, printed by `printLog`.
 */
function start(lane: Lane, { logged = false, env = process.env } = {}): Running {
  const log = logged ? path.join(logDir, `${lane.name.replace(/\W+/g, '-')}.log`) : undefined
  const child = spawn(lane.command, lane.args, {
    env,
    stdio: ['ignore', log ? 'pipe' : 'inherit', log ? 'pipe' : 'inherit'],
    detached: true,
  })
  let written: Promise<void> = Promise.resolve()
  if (log) {
    const file = createWriteStream(log)
    child.stdout?.pipe(file, { end: false })
    child.stderr?.pipe(file, { end: false })
    written = new Promise((resolve) => child.once('close', () => file.end(resolve)))
  }
  const laneStart = performance.now()
  const running: Running = { lane, child, done: Promise.resolve(0), ended: false, log }
  running.done = new Promise<number>((resolve) =>
    child.once('close', (code, signal) => {
      running.ended = true
      console.log(`── ${lane.name}: ${minutesSince(laneStart)} (${minutesSince(suiteStart)} since the start)`)
      void written.then(() => resolve(code ?? (signal ? 1 : 0)))
    }),
  )
  if (!log) console.log(`\n── ${lane.name} ──`)
  started.push(running)
  return running
}

/** SIGINT to the lane's whole process group, as Ctrl-C in a terminal. */
function stop(running: Running): void {
  if (running.ended) return
  try {
    process.kill(-running.child.pid!, 'SIGINT')
  } catch {
    // already over
  }
}

function printLog(running: Running): void {
  if (running.log) console.log(`\n── ${running.lane.name} (its output) ──\n${readFileSync(running.log, 'utf8')}`)
}

// Ctrl-C, a CI job cancelled, a terminal closed: the lanes, each in its own group, get nothing of
// it themselves. They are stopped and waited for; the exit code says which signal ended the run.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)
  process.once(signal, () => {
    finishing = true
    started.forEach(stop)
    void Promise.all(started.map((running) => running.done)).then(() => {
      rmSync(logDir, { recursive: true, force: true })
      process.exit(code)
    })
  })

/**
 * Stops every lane still running and waits for them, prints the logged lanes' output (the failed
 * lane's last, where a reader of the end of the output finds it), and exits with `code`.
 */
async function finish(code: number, failed?: Running): Promise<never> {
  finishing = true
  started.forEach(stop)
  await Promise.all(started.map((running) => running.done))
  for (const running of started) if (running !== failed) printLog(running)
  if (failed) {
    printLog(failed)
    console.error(`\n${failed.lane.name} failed (exit code ${code}).`)
  } else console.log(`── npm test: ${minutesSince(suiteStart)} in all`)
  rmSync(logDir, { recursive: true, force: true })
  process.exit(code)
}

const newcomer = start(NEWCOMER, { logged: true, env: { ...process.env, E2E_NO_SHARED_HUB: '1' } })

const build = start(BUILD)
const built = await build.done
if (built !== 0) await finish(built, build)

type Outcome = { running: Running; code: number }
const outcome = (running: Running): Promise<Outcome> => running.done.then((code) => ({ running, code }))

/**
 * Runs the lanes `take` gives, one after the other, until it gives none or one fails.
 * @returns the last lane's process and its exit code (non-zero: that lane failed), or nothing when
 * `take` gave none
 */
async function inTurn(take: () => Lane | undefined, logged: boolean): Promise<Outcome | undefined> {
  let last: Outcome | undefined
  while (!finishing && (!last || last.code === 0)) {
    const next = take()
    if (!next) break
    last = await outcome(start(next, { logged }))
  }
  return last
}

/** The next batch of the integration queue, taken off it; nothing once it is empty. */
const integrationBatch = (): Lane | undefined =>
  integrationQueue.length > 0
    ? lane('npx', 'vitest', 'run', '--project', 'int', ...integrationQueue.splice(0, INTEGRATION_BATCH))
    : undefined

const endToEnd = start(END_TO_END, { logged: true })
const lanes: Promise<Outcome | undefined>[] = [
  outcome(endToEnd),
  outcome(newcomer),
  inTurn(() => CHECKS.shift(), true),
  inTurn(integrationBatch, false),
  Promise.all([endToEnd.done, newcomer.done]).then((codes) =>
    codes.every((code) => code === 0) ? inTurn(integrationBatch, true) : undefined,
  ),
]
// The first lane to fail ends the run; otherwise all of them end in their own time.
const failure = await new Promise<Outcome | undefined>((resolve) => {
  let left = lanes.length
  for (const each of lanes)
    void each.then((ended) => {
      if (ended && ended.code !== 0) resolve(ended)
      else if ((left -= 1) === 0) resolve(undefined)
    })
})
if (failure) await finish(failure.code, failure.running)
await finish(0)
