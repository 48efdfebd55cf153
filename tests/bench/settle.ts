import { readFileSync } from 'node:fs'
import { setTimeout as delay } from 'node:timers/promises'

/** Busy and total CPU time of the whole machine so far, in clock ticks (the `cpu` line of /proc/stat). */
function cpuTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  // user nice system idle iowait irq softirq steal…: idle and iowait are the idle ones.
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0)
  const total = fields.reduce((sum, value) => sum + value, 0)
  return { busy: total - idle, total }
}

/**
 * Resolves once the machine has been quiet for `quietMs` (each second's busy share of all cores
 * under `busyShare`), so that a measurement does not run beside the hub's own background work:
 * the search index the site rebuilds after its first request and after publications reads every
 * public document (about 50 s on the ten-year corpus). Resolves anyway after `timeoutMs`, saying so,
 * rather than hang the run. The quiet time must outlast the rebuild's debounce (2 s).
 */
export async function machineSettled({ quietMs = 5000, busyShare = 0.15, timeoutMs = 300_000 } = {}): Promise<void> {
  const start = performance.now()
  let quietSince = performance.now()
  let before = cpuTicks()
  while (performance.now() - quietSince < quietMs) {
    if (performance.now() - start > timeoutMs) {
      console.error(`• The machine stayed busy for ${timeoutMs / 1000} s; measuring anyway.`)
      return
    }
    await delay(1000)
    const now = cpuTicks()
    const share = (now.busy - before.busy) / Math.max(1, now.total - before.total)
    before = now
    if (share >= busyShare) quietSince = performance.now()
  }
}
