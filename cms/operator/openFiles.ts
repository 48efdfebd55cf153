import { existsSync, readdirSync, readlinkSync } from 'node:fs'

/**
 * The ids of the processes that hold `file` open (an absolute path), found through their
 * /proc/<pid>/fd links (Linux). Processes this one may not inspect, or that end meanwhile, are left
 * out; an empty list where there is no /proc.
 */
export function holdersOf(file: string): number[] {
  if (!existsSync('/proc')) return []
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return []
    try {
      const fds = readdirSync(`/proc/${entry}/fd`)
      return fds.some((fd) => safeReadlink(`/proc/${entry}/fd/${fd}`) === file) ? [Number(entry)] : []
    } catch {
      return []
    }
  })
}

const safeReadlink = (link: string) => {
  try {
    return readlinkSync(link)
  } catch {
    return undefined
  }
}
