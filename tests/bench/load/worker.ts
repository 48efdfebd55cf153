/**
 * The crowd of the end-to-end load test (autocannon), run as a process of its own so that it does
 * not share a core's time with the test's bookkeeping: `tsx worker.ts '<json LoadSpec>'` prints
 * one JSON LoadResult.
 */
import autocannon from 'autocannon'

import type { LoadResult, LoadSpec } from './run'

const spec = JSON.parse(process.argv[2]!) as LoadSpec
const paths = spec.paths
/** Answers of 400 and above, by status and path: what went wrong where. */
const failed: Record<string, number> = {}
const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.seconds,
  headers: spec.headers,
  requests: paths
    ? [
        {
          setupRequest: (request, context) => {
            const path = paths[Math.floor(Math.random() * paths.length)]!
            context.path = path
            return { ...request, path }
          },
          onResponse: (status, _body, context) => {
            const key = `${status} ${String(context.path)}`
            if (status >= 400) failed[key] = (failed[key] ?? 0) + 1
          },
        },
      ]
    : undefined,
})
const summary: LoadResult = {
  requestsPerSecond: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  failures: result.errors + result.timeouts + result.non2xx,
  requests: result.requests.total,
  byStatus: { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
  errors: result.errors,
  timeouts: result.timeouts,
  failed,
}
console.log(JSON.stringify(summary))
