import { readdirSync, readFileSync } from 'node:fs'

/** Resident set size now and at its peak (VmRSS, VmHWM of /proc/<pid>/status), in MiB; undefined for a process gone. */
export function memoryOf(pid: number | undefined): { now: number; peak: number } | undefined {
  if (!pid) return undefined
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN)
    const memory = { now: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 }
    // A process that has ended but not yet been waited for has no memory lines.
    return Number.isFinite(memory.now) && Number.isFinite(memory.peak) ? memory : undefined
  } catch {
    return undefined
  }
}

/** The processes `pid` started, as /proc lists them (`/proc/<pid>/task/<tid>/children`). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .flatMap((child) => (child.trim() ? [Number(child)] : [])),
    )
  } catch {
    return []
  }
}

/**
 * Watches the processes `pid` starts (the site's Pagefind while it writes a search index, which the
 * site stops once the index is written), every `everyMs` ms until `stop`: the highest peak (VmHWM)
 * of any of them, and the highest sum of the resident sets of `pid` and its children at one moment,
 * in MiB. VmHWM of `pid` alone misses them: each child has a resident set of its own.
 */
export function watchChildren(pid: number | undefined, everyMs = 250) {
  const peaks = { children: 0, together: 0 }
  const timer = setInterval(() => {
    if (!pid) return
    let together = memoryOf(pid)?.now ?? 0
    for (const child of childrenOf(pid)) {
      const memory = memoryOf(child)
      if (!memory) continue
      peaks.children = Math.max(peaks.children, memory.peak)
      together += memory.now
    }
    peaks.together = Math.max(peaks.together, together)
  }, everyMs)
  timer.unref()
  return {
    /** The peaks so far, in MiB. */
    peaks: () => ({ ...peaks }),
    stop: () => clearInterval(timer),
  }
}
