import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { onLoadCore } from './cores'

/** Where Debian's wrk package puts the load generator. */
const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk'

/** Bytes of each random range asked of a file. */
export const RANGE_BYTES = 65_536

/** One throughput run: `connections` keep-alive connections on `url` for `seconds`. */
export type ThroughputSpec = {
  url: string
  connections: number
  seconds: number
  headers?: Record<string, string>
  /** Size in bytes of the file at `url`: each request then asks a random 64 KiB range of it. */
  rangeOf?: number
}

/** What a run measured: mean answers/s, latency percentiles in ms, answers that failed. */
export type Throughput = {
  requestsPerSecond: number
  p50: number
  p99: number
  requests: number
  /** Socket errors (connect, read, write), timeouts (10 s) and answers outside 2xx and 3xx. */
  failures: number
}

/**
 * The Lua script wrk runs: when ranged, a random range on every request (as podcast players
 * seek), with the headers given on the command line (`wrk.format` replaces them with those it is
 * passed); at the end, the figures as one JSON line (wrk's `done` hook: latencies in µs). Lua's
 * random numbers are not seeded, so that the site and nginx are asked the same ranges in turn.
 */
const script = (rangeOf: number | undefined): string => `
${
  rangeOf
    ? `request = function()
  local first = math.random(0, ${rangeOf - RANGE_BYTES})
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Range"] = "bytes=" .. first .. "-" .. (first + ${RANGE_BYTES - 1})
  return wrk.format(nil, nil, headers)
end`
    : ''
}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"failures":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
`

/** Whether the load generator is installed; the message says how to get it when it is not. */
export function wrkMissing(): string | undefined {
  return existsSync(WRK) ? undefined : `wrk is not installed (${WRK}): apt-get install wrk, or set WRK_PATH.`
}

/**
 * Loads `url` with wrk (Debian's package: C, one thread, its own process, on the core the servers
 * of the serving section keep off: cores.ts) and returns its figures. wrk neither keeps nor decodes the bodies it receives, where autocannon turns each into a string:
 * on this 2-core machine autocannon could not ask more than about 8,000 pages of 60 KB or 1,000
 * ranges of 64 KiB a second, less than nginx serves, so that both servers were measured at its
 * pace (nginx: 8,136 pages/s with autocannon, 33,693 with wrk).
 * @throws Error when wrk fails or prints no figures, or when ranges are asked of a file smaller
 *   than one range
 */
export async function throughput(spec: ThroughputSpec): Promise<Throughput> {
  if (spec.rangeOf !== undefined && spec.rangeOf <= RANGE_BYTES)
    throw new Error(`Random ranges of ${RANGE_BYTES} bytes need a larger file than ${spec.rangeOf} bytes (${spec.url})`)
  const dir = mkdtempSync(path.join(tmpdir(), 'coope-wrk-'))
  try {
    const file = path.join(dir, 'run.lua')
    writeFileSync(file, script(spec.rangeOf))
    const headers = Object.entries(spec.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`])
    const { stdout } = await promisify(execFile)(
      ...onLoadCore(WRK, [
        '-t1',
        `-c${spec.connections}`,
        `-d${spec.seconds}s`,
        '--timeout',
        '10s',
        '-s',
        file,
        ...headers,
        spec.url,
      ]),
      { maxBuffer: 1024 * 1024 },
    )
    const line = stdout.split('\n').find((text) => text.startsWith('{"requests"'))
    if (!line) throw new Error(`wrk printed no figures for ${spec.url}: ${stdout}`)
    const figures = JSON.parse(line) as {
      requests: number
      durationUs: number
      p50Us: number
      p99Us: number
      failures: number
    }
    return {
      requestsPerSecond: figures.requests / (figures.durationUs / 1e6),
      p50: figures.p50Us / 1000,
      p99: figures.p99Us / 1000,
      requests: figures.requests,
      failures: figures.failures,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
