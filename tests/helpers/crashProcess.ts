import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { groupAlive } from './procfs'
import { root } from './run'

/** What a crash worker found when it started: see tests/helpers/crashWorker.ts. */
export type CrashAudit = {
  integrity: string[]
  foreignKeys: number
  versions: Record<string, { orphaned: number; doubledLatest: number; latestDiffers: number }>
  files: { orphans: string[]; missing: string[] }
  counts: Record<string, number>
  /** The operator's lines about files given back to their document (see cms/uploads/pendingDeletions.ts). */
  settled: string[]
  quarantined: string[]
}

export type CrashWorker = {
  /** Resolves with the first line matching `pattern` (already printed or to come); rejects if the process ends first. */
  line: (pattern: RegExp) => Promise<string>
  /** The `audit` line the worker prints at start, parsed. */
  audit: () => Promise<CrashAudit>
  /** The `audit` line the worker prints when it has done what it was asked (exit code 0), parsed. */
  finalAudit: () => Promise<CrashAudit>
  /** `kill -9` of the worker's whole process group; resolves once no process of it is left. */
  kill: () => Promise<void>
  /** How many operations the worker said it had committed (its last `step <n>` line). */
  stepsSeen: () => number
}

/** The hub's data and secrets, kept across the restarts of one crash test. */
export type CrashData = { dir: string; env: Record<string, string> }

export const crashData = (dir: string): CrashData => ({
  dir,
  env: {
    DATABASE_URI: `file:${path.join(dir, 'hub.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_INVALIDATION_SECRET: randomBytes(32).toString('hex'),
    CONTRIBUTION_SERVICE_SECRET: randomBytes(32).toString('hex'),
    // Nothing listens there: invalidations stay queued, as when the site is down.
    SITE_URL: 'http://127.0.0.1:9',
  },
})

/**
 * Starts the crash worker on `data` in a process group of its own (tsx runs the script in a child
 * process: killing tsx alone would leave the CMS running).
 */
export function startCrashWorker(
  operation: string,
  data: CrashData,
  { pauseAt, stopAfter }: { pauseAt?: string; stopAfter?: number } = {},
): CrashWorker {
  const child: ChildProcess = spawn(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    [path.join(root, 'tests', 'helpers', 'crashWorker.ts'), operation],
    {
      cwd: root,
      env: { ...process.env, ...data.env, PAUSE_AT: pauseAt ?? '', STOP_AFTER: String(stopAfter ?? '') },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  const lines: string[] = []
  let stderr = ''
  const waiters = new Set<() => void>()
  createInterface({ input: child.stdout! }).on('line', (text) => {
    lines.push(text)
    for (const waiter of waiters) waiter()
  })
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let gone = false
  void exited.then(() => {
    gone = true
    for (const waiter of waiters) waiter()
  })

  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = lines.find((text) => pattern.test(text))
        if (found !== undefined) {
          waiters.delete(check)
          resolve(found)
        } else if (gone) {
          waiters.delete(check)
          reject(
            new Error(`The worker (${operation}) ended before printing ${pattern}:\n${lines.join('\n')}\n${stderr}`),
          )
        }
      }
      waiters.add(check)
      check()
    })

  return {
    line,
    audit: async () => JSON.parse((await line(/^audit /)).slice('audit '.length)) as CrashAudit,
    finalAudit: async () => {
      const code = await exited
      if (code !== 0) throw new Error(`The worker (${operation}) ended with ${code}:\n${lines.join('\n')}\n${stderr}`)
      return JSON.parse(
        lines
          .filter((text) => text.startsWith('audit '))
          .at(-1)!
          .slice('audit '.length),
      ) as CrashAudit
    },
    kill: async () => {
      const group = child.pid!
      try {
        process.kill(-group, 'SIGKILL')
      } catch {
        // already gone
      }
      await exited
      // The leader's exit is not the group's: wait until the CMS process itself is gone too.
      while (groupAlive(group)) await new Promise((resolve) => setImmediate(resolve))
    },
    stepsSeen: () =>
      Math.max(0, ...lines.filter((text) => text.startsWith('step ')).map((text) => Number(text.slice(5)))),
  }
}
