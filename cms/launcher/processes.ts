import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, createWriteStream, openSync } from 'node:fs'
import { createInterface } from 'node:readline'

import { projectRoot } from '../paths'
import { consoleView, logLine } from './consoleLines'

/**
 * A running server. Its output always goes to its log file; `echo` also shows each line, prefixed
 * with the server's name, on the launcher's console (off while starting, so that a start stays quiet).
 */
export type Service = { name: string; child: ChildProcess; exited: Promise<number>; log: string; echo: boolean }

/** A project tool from node_modules/.bin, or Node itself: never a global install or an npx wrapper. */
const bin = (tool: string) => (tool === 'node' ? process.execPath : `${projectRoot}/node_modules/.bin/${tool}`)

/**
 * Starts a program in its own process group (so stopping it stops everything it started), its
 * output appended to `log`.
 */
export function startService(
  name: string,
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: string,
  echo = false,
): Service {
  const child = spawn(bin(tool), args, { cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const file = createWriteStream(log, { flags: 'a' })
  const service: Service = { name, child, exited: Promise.resolve(0), log, echo }
  for (const stream of [child.stdout, child.stderr]) {
    const view = consoleView(name)
    createInterface({ input: stream }).on('line', (line) => {
      file.write(`${logLine(line)}\n`)
      // Routine lines (a refused request, a job run) stay in the log; warnings and faults show.
      const shown = view(line)
      if (service.echo && shown !== null) console.log(shown)
    })
  }
  // A restarted server opens its log again: this one's stream must not stay open behind it.
  child.once('close', () => file.end())
  service.exited = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.once('error', (error) => {
      file.write(`could not start: ${error.message}\n`)
      resolve(1)
    })
  })
  return service
}

let foreground: ChildProcess | undefined

/**
 * Runs a program to completion (a build, the database preparation) in its own process group, so
 * that `stopForeground` can stop it with everything it started; resolves with its exit code. With
 * `log`, its output goes to that file (overwritten) instead of the console.
 */
export function run(tool: string, args: string[], env: NodeJS.ProcessEnv, log?: string): Promise<number> {
  const fd = log === undefined ? undefined : openSync(log, 'w')
  const child = spawn(bin(tool), args, {
    cwd: projectRoot,
    env,
    stdio: fd === undefined ? 'inherit' : ['ignore', fd, fd],
    detached: true,
  })
  if (fd !== undefined) closeSync(fd)
  foreground = child
  return new Promise((resolve) => {
    const done = (code: number) => {
      foreground = undefined
      resolve(code)
    }
    child.once('exit', (code) => done(code ?? 1))
    child.once('error', () => done(1))
  })
}

export function stopForeground(): void {
  if (foreground?.pid) killGroup(foreground.pid, 'SIGTERM')
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

const signalGroup = (service: Service, signal: NodeJS.Signals) => {
  if (service.child.pid) killGroup(service.child.pid, signal)
}

/** Stops every service's whole process group: politely first, then for good after a grace period. */
export async function stopAll(services: Service[], graceMs = 5000): Promise<void> {
  for (const service of services) signalGroup(service, 'SIGTERM')
  const timer = setTimeout(() => services.forEach((service) => signalGroup(service, 'SIGKILL')), graceMs)
  await Promise.all(services.map((service) => service.exited))
  clearTimeout(timer)
  // Children of a service (workers) may outlive its leader: make sure none is left behind.
  for (const service of services) signalGroup(service, 'SIGKILL')
}
