import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** util-linux's taskset: the cores a process may run on (sched_setaffinity). */
const TASKSET = '/usr/bin/taskset'

/** The affinity mask of process `pid` as taskset prints it (« pid 123's current affinity mask: 3 »). */
function maskOf(pid: number): string {
  const mask = /([0-9a-f]+)\s*$/i.exec(execFileSync(TASKSET, ['-p', String(pid)], { encoding: 'utf8' }))?.[1]
  if (!mask) throw new Error(`taskset gave no cores for process ${pid}`)
  return mask
}

/** The cores this benchmark may run on, in order: those of its own affinity mask (a container may allow 2 and 3). */
function allowedCores(): number[] {
  const mask = BigInt(`0x${maskOf(process.pid)}`)
  const cores: number[] = []
  for (let core = 0; mask >> BigInt(core) > 0n; core++) if ((mask >> BigInt(core)) & 1n) cores.push(core)
  return cores
}

/**
 * Where the serving section runs what: the load generator on the last core the benchmark may use
 * (`load`), the site and Node alone on the others (`servers`, as taskset lists cores); undefined on
 * one core or without taskset, where every process runs where the scheduler puts it. nginx's
 * workers are left on any core, wrk's included: nginx keeps at least the cores the site has.
 *
 * Left to the scheduler on this 2-core machine, a one-process server (the site, Node alone) was at
 * times put on the load generator's core and kept there for many runs, the two then taking turns
 * on it: Node alone answered a 16 KB page (10 connections, runs of 2 s) 20,000–23,000 times a second
 * sharing wrk's core, 30,000–43,000 times on the other, while nginx's two workers always had one on
 * the free core.
 */
export const placement: { load: number; servers: string } | undefined = (() => {
  if (!existsSync(TASKSET)) return undefined
  const cores = allowedCores()
  const load = cores.pop()
  return load === undefined || cores.length === 0 ? undefined : { load, servers: cores.join(',') }
})()

/** `command` with `args`, run on the load generator's core (as is when there is no placement). */
export function onLoadCore(command: string, args: readonly string[]): [string, string[]] {
  return placement ? [TASKSET, ['-c', String(placement.load), command, ...args]] : [command, [...args]]
}

/** `command` with `args`, run on the servers' cores (as is when there is no placement). */
export function offLoadCore(command: string, args: readonly string[]): [string, string[]] {
  return placement ? [TASKSET, ['-c', placement.servers, command, ...args]] : [command, [...args]]
}

/**
 * Keeps every thread of the running process `pid` on the servers' cores, and returns what gives it
 * back the cores it had (threads it starts meanwhile take the cores of their parent). Does nothing
 * when there is no placement.
 * @throws Error when taskset cannot read or set the process's cores (no such process); the
 *   returned function throws likewise
 */
export function keepOffLoadCore(pid: number): () => void {
  if (!placement) return () => {}
  const mask = maskOf(pid)
  execFileSync(TASKSET, ['-a', '-p', '-c', placement.servers, String(pid)], { stdio: 'ignore' })
  return () => execFileSync(TASKSET, ['-a', '-p', mask, String(pid)], { stdio: 'ignore' })
}
