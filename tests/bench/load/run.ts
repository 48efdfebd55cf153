import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { ThroughputSpec } from './wrk'

/** One load run of the crowd: wrk's spec (wrk.ts) without `rangeOf`, and a mix of `paths`. */
export type LoadSpec = Omit<ThroughputSpec, 'rangeOf'> & {
  /** Paths on `url`'s origin: each request asks one of them at random (a mix of pages). */
  paths?: string[]
}

/**
 * What a load run measured: mean requests/s, latency percentiles (ms), failed or non-2xx answers,
 * and the answers counted by status class, socket errors and timeouts (10 s without an answer).
 */
export type LoadResult = {
  requestsPerSecond: number
  p50: number
  p99: number
  failures: number
  requests: number
  byStatus: Record<'2xx' | '3xx' | '4xx' | '5xx', number>
  errors: number
  timeouts: number
  /** With `paths`: answers of 400 and above, counted by `<status> <path>`. */
  failed?: Record<string, number>
}

const root = path.resolve(import.meta.dirname, '..', '..', '..')

/**
 * Runs autocannon in a second process (load/worker.ts) and returns its figures: the crowd of the
 * end-to-end load test, whose random mix of paths and failures counted by path it gives. It reads
 * every body it receives, which caps its pace: the benchmark's throughput comes from wrk (wrk.ts).
 */
export async function load(spec: LoadSpec): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    [path.join(import.meta.dirname, 'worker.ts'), JSON.stringify(spec)],
    { cwd: root, maxBuffer: 1024 * 1024 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadResult
}
