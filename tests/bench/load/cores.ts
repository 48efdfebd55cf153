import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'

/** util-linux's taskset: the cores a process may run on (sched_setaffinity). */
const TASKSET = '/usr/bin/taskset'

/**
 * The core the load generator runs on alone in the serving section, the last one; undefined on a
 * one-core machine or without taskset, where every process runs where the scheduler puts it.
 *
 * Left to the scheduler on this 2-core machine, a one-process server (the site, Node alone) was at
 * times put on the load generator's core and kept there for many runs, the two then taking turns
 * on it: Node alone answered a 16 KB page (10 connections, runs of 2 s) 20,000–23,000 times a second
 * sharing wrk's core, 30,000–43,000 times on the other, while nginx's two workers always had one on
 * the free core.
 */
export const loadCore: number | undefined =
  os.availableParallelism() > 1 && existsSync(TASKSET) ? os.availableParallelism() - 1 : undefined

/** The cores a server keeps to while it is measured (every one but `loadCore`), as taskset lists them. */
const serverCores = (load: number) => (load === 1 ? '0' : `0-${load - 1}`)

/** `command` with `args`, run on the load generator's core alone (as is when there is none). */
export function onLoadCore(command: string, args: readonly string[]): [string, string[]] {
  return loadCore === undefined ? [command, [...args]] : [TASKSET, ['-c', String(loadCore), command, ...args]]
}

/** `command` with `args`, run on every core but the load generator's (as is when there is none). */
export function offLoadCore(command: string, args: readonly string[]): [string, string[]] {
  return loadCore === undefined ? [command, [...args]] : [TASKSET, ['-c', serverCores(loadCore), command, ...args]]
}

/**
 * Keeps every thread of the running process `pid` off the load generator's core, and returns what
 * gives it back the cores it had (threads it starts meanwhile take the cores of their parent).
 * Does nothing when there is no such core.
 * @throws Error when taskset cannot read or set the process's cores (no such process)
 */
export function keepOffLoadCore(pid: number): () => void {
  if (loadCore === undefined) return () => {}
  // « pid 123's current affinity mask: 3 »
  const mask = /([0-9a-f]+)\s*$/i.exec(execFileSync(TASKSET, ['-p', String(pid)], { encoding: 'utf8' }))?.[1]
  if (!mask) throw new Error(`taskset gave no cores for process ${pid}`)
  execFileSync(TASKSET, ['-a', '-p', '-c', serverCores(loadCore), String(pid)], { stdio: 'ignore' })
  return () => execFileSync(TASKSET, ['-a', '-p', mask, String(pid)], { stdio: 'ignore' })
}
