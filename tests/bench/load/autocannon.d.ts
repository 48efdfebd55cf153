// The few parts of autocannon's programmatic API the load worker uses (the package ships no types).
declare module 'autocannon' {
  type Request = { method?: string; path?: string; headers?: Record<string, string> }
  type Context = Record<string, unknown>
  type Options = {
    url: string
    connections: number
    duration: number
    headers?: Record<string, string>
    requests?: {
      setupRequest?: (request: Request, context: Context) => Request
      onResponse?: (status: number, body: string, context: Context) => void
    }[]
  }
  type Histogram = { average: number; p50: number; p99: number; total: number }
  type Result = {
    requests: Histogram
    latency: Histogram
    errors: number
    non2xx: number
    timeouts: number
    '2xx': number
    '3xx': number
    '4xx': number
    '5xx': number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
