import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

import { projectRoot } from '../paths'

export type Service = { name: string; child: ChildProcess; exited: Promise<number> }

/** A project tool from node_modules/.bin, or Node itself: never a global install or an npx wrapper. */
const bin = (tool: string) => (tool === 'node' ? process.execPath : `${projectRoot}/node_modules/.bin/${tool}`)

/**
 * Starts a program in its own process group (so stopping it stops everything it started), with
 * each line of its output prefixed by its name.
 */
export function startService(name: string, tool: string, args: string[], env: NodeJS.ProcessEnv): Service {
  const child = spawn(bin(tool), args, { cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`))
  }
  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.once('error', (error) => {
      console.error(`[${name}] could not start: ${error.message}`)
      resolve(1)
    })
  })
  return { name, child, exited }
}

let foreground: ChildProcess | undefined

/**
 * Runs a program to completion (a build, the database preparation) in its own process group, so
 * that `stopForeground` can stop it with everything it started; resolves with its exit code.
 */
export function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(bin(tool), args, { cwd: projectRoot, env, stdio: 'inherit', detached: true })
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
