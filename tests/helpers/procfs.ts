import { readdirSync, readFileSync } from 'node:fs'

/** A running process as /proc shows it: its id, state letter, parent, group and command line. */
export type ProcessEntry = {
  pid: number
  state: string
  parent: number
  group: number
  cmdline: string[]
  file: (name: string) => string
}

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** Every process of the machine (Linux /proc); those that end while being read are left out. */
export function processes(): ProcessEntry[] {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return []
    const stat = read(`/proc/${entry}/stat`)
    if (!stat) return []
    // "pid (name) state ppid pgrp …": the name may hold spaces, so read after its closing bracket.
    const [state = '', parent, group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return [
      {
        pid: Number(entry),
        state,
        parent: Number(parent),
        group: Number(group),
        cmdline: (read(`/proc/${entry}/cmdline`) ?? '').split('\0'),
        file: (name: string) => read(`/proc/${entry}/${name}`) ?? '',
      },
    ]
  })
}

/** Whether a process of `group` still runs (a zombie, dead but not yet reaped, does not count). */
export const groupAlive = (group: number): boolean =>
  processes().some((entry) => entry.group === group && entry.state !== 'Z')
