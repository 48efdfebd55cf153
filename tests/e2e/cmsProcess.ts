import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { hub } from './hub'

const read = (file: string) => {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/**
 * The process group of the shared hub's CMS server: the launcher starts `tsx cms/server.ts` in a
 * group of its own, so signalling the group reaches tsx and the Node process it runs. Found in
 * /proc by its command line and its CMS_PORT, so another checkout's hub on this machine is never
 * touched.
 * @throws Error when no such process runs
 */
export function cmsProcessGroup(): number {
  const server = path.join('cms', 'server.ts')
  const port = `CMS_PORT=${hub.env.CMS_PORT}`
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const cmdline = read(`/proc/${entry}/cmdline`)?.toString().split('\0') ?? []
    if (!cmdline.some((arg) => arg.endsWith(server))) continue
    const environment = read(`/proc/${entry}/environ`)?.toString().split('\0') ?? []
    if (!environment.includes(port)) continue
    // /proc/<pid>/stat: "pid (name) state ppid pgrp …"; the name may hold spaces, so split after it.
    const stat = read(`/proc/${entry}/stat`)?.toString() ?? ''
    const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
    if (group > 0) return group
  }
  throw new Error(`No CMS server process with ${port} was found.`)
}
