import http from 'node:http'

/** An answer: `headers` as Node merges them, `rawHeaders` as sent (name and value in turn, repeats kept). */
export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: Buffer }

/**
 * One request with exactly these headers, over a plain socket: what a podcast app or CDN sends.
 * `target` is the request line's target when it is not `url`'s path (an absolute form, a malformed one).
 */
export function rawRequest(
  url: string,
  { method = 'GET', headers = {}, target }: { method?: string; headers?: Record<string, string>; target?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, ...(target ? { path: target } : {}) }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          rawHeaders: response.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}
