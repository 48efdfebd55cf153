import { availableParallelism } from 'node:os'
import path from 'node:path'

import pLimit from 'p-limit'

import { projectRoot } from '../../../paths'

/**
 * Node's worker threads, taken at runtime: Turbopack treats a `new Worker(…)` of an imported
 * `Worker` as an entry point to bundle (and fails on a path it cannot read), while a worker's
 * file must run as Node reads it. `process.getBuiltinModule` is no import: the bundle leaves it be.
 */
const threads = () => process.getBuiltinModule('node:worker_threads')

/**
 * Media conversions at once (sounds to MP3, iPhone photos to pixels), each in its own thread: one
 * per core, less one for the CMS's answers (at least one). Others wait their turn, so a burst of
 * contributions cannot take every core, nor hold a decoded sound or photo each in memory.
 */
const conversions = pLimit(Math.max(1, availableParallelism() - 1))

/** How many conversions run now, and how many wait their turn (for the operator's logs and the tests). */
export const conversionsInProgress = (): { running: number; waiting: number } => ({
  running: conversions.activeCount,
  waiting: conversions.pendingCount,
})

/**
 * The path of a worker file of this folder, run by Node as it is: the CMS's bundled code has no
 * path of its own, and the servers run from the project root (see `cms/paths.ts`).
 */
export const workerFile = (name: string): string =>
  path.join(projectRoot, 'cms', 'collections', 'Contributions', 'endpoints', name)

/**
 * Runs `job` in a new worker thread of `file`, in turn (see `conversions`), and resolves to the
 * one message it answers. The thread ends with the job, so whatever memory it took (a WebAssembly
 * decoder's heap included, which is never given back otherwise) goes with it.
 *
 * @param transfer buffers of `job` moved to the thread rather than copied (unusable here after)
 * @param timeoutMs the thread is stopped after this long, and the promise rejects
 * @throws Error when the thread fails, stops without answering, or takes longer than `timeoutMs`
 */
export function runMediaWorker<Job, Result>(
  file: string,
  job: Job,
  transfer: ArrayBuffer[],
  timeoutMs: number,
): Promise<Result> {
  return conversions(
    () =>
      new Promise<Result>((resolve, reject) => {
        const worker = new (threads().Worker)(file, { workerData: job, transferList: transfer })
        const name = path.basename(file)
        const timer = setTimeout(() => {
          reject(new Error(`${name} took more than ${timeoutMs / 1000} s`))
          void worker.terminate()
        }, timeoutMs)
        const settle = () => clearTimeout(timer)
        worker.once('message', (result: Result) => {
          settle()
          resolve(result)
        })
        worker.once('error', (error) => {
          settle()
          reject(error)
        })
        worker.once('exit', (code) => {
          settle()
          reject(new Error(`${name} stopped (exit code ${code}) without an answer`))
        })
      }),
  )
}
