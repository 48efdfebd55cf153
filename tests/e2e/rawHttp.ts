import http from 'node:http'

import { type RawAnswer, rawRequest } from '../helpers/rawHttp'

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** A GET with exactly these headers, Host included (browsers and fetch() do not let a test set it). */
export async function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const answer = await rawGetBytes(url, headers)
  return { ...answer, body: answer.body.toString('utf8') }
}

/**
 * POSTs a chunked body (no Content-Length) of up to `totalBytes`, one chunk after the other, and
 * resolves with the status as soon as the server answers, usually long before everything is sent.
 */
export function postChunked(url: string, totalBytes: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } })
    request.on('response', (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
      request.destroy()
    })
    // The server may close the connection while the body is still being sent: its answer counts.
    request.on('error', (error) => (request.destroyed ? undefined : reject(error)))
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const send = () => {
      while (sent < totalBytes && !request.destroyed) {
        sent += chunk.length
        if (!request.write(chunk)) return void request.once('drain', send)
      }
      if (!request.destroyed) request.end()
    }
    send()
  })
}

/** A GET with exactly these headers whose body is kept as bytes (a compressed one is not decoded). */
export const rawGetBytes = (url: string, headers: Record<string, string> = {}): Promise<RawAnswer> =>
  rawRequest(url, { headers })
