import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `npm test` after its tools check: the lanes in order (lint, typecheck, unit, integration, then the
 * end-to-end specs of the shared hub), with the newcomer test started first, beside them. That
 * test copies the project, runs `npm ci` and both production builds: minutes of work that the
 * lanes before the end-to-end specs, which mostly keep one core busy, leave room for. The first
 * failing lane stops everything; the newcomer's output is printed once it ends. Exit code: 0 when
 * every lane and the newcomer test passed.
 */
const LANES: [string, string[]][] = [
  ['npm', ['run', 'lint']],
  ['npm', ['run', 'typecheck']],
  ['npm', ['run', 'test:unit']],
  ['npm', ['run', 'test:int']],
  ['npx', ['playwright', 'test', '--project', 'shared hub']],
]

const run = (command: string, args: string[], options: Parameters<typeof spawn>[2] = { stdio: 'inherit' }) =>
  spawn(command, args, options)

const exited = (child: ChildProcess): Promise<number> =>
  new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))))

const logFile = path.join(mkdtempSync(path.join(tmpdir(), 'coope-newcomer-')), 'output.log')
const log = createWriteStream(logFile)
// Its own process group, so that stopping it stops the servers and builds it started too.
const newcomer = run('npx', ['playwright', 'test', '--project', 'fresh machine'], {
  env: { ...process.env, E2E_NO_SHARED_HUB: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
})
newcomer.stdout?.pipe(log)
newcomer.stderr?.pipe(log)
const newcomerDone = exited(newcomer)

const stopNewcomer = () => {
  try {
    process.kill(-newcomer.pid!, 'SIGINT')
  } catch {
    // already over
  }
}
process.on('SIGINT', () => {
  stopNewcomer()
  process.exit(130)
})

async function printNewcomer(): Promise<void> {
  await new Promise((resolve) => log.end(resolve))
  console.log(`\n── The newcomer test (fresh copy, npm ci, npm start) ──\n${readFileSync(logFile, 'utf8')}`)
}

const minutesSince = (start: number) => `${((performance.now() - start) / 60_000).toFixed(1)} min`
const suiteStart = performance.now()
for (const [command, args] of LANES) {
  console.log(`\n── ${command} ${args.join(' ')} ──`)
  const laneStart = performance.now()
  const code = await exited(run(command, args))
  console.log(
    `── ${command} ${args.join(' ')}: ${minutesSince(laneStart)} (${minutesSince(suiteStart)} since the start)`,
  )
  if (code !== 0) {
    stopNewcomer()
    await newcomerDone
    await printNewcomer()
    console.error(`\n${command} ${args.join(' ')} failed (exit code ${code}).`)
    process.exit(code)
  }
}
const newcomerCode = await newcomerDone
await printNewcomer()
console.log(`── npm test: ${minutesSince(suiteStart)} in all`)
process.exit(newcomerCode)
