import { REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { SOCKET_ADDRESS_HEADER } from '../../cms/auth/clientAddress'

export type Answer = { status: number; headers: Headers; body: Record<string, unknown> }
export type From = { address?: string; token?: string; headers?: Record<string, string> }

/**
 * Requests to the CMS's REST API through the same handlers the server uses. `address` stands for
 * the TCP peer that cms/server.ts writes into the request; `token` signs the request in.
 */
export function restClient(config: SanitizedConfig) {
  const handlers = {
    GET: REST_GET(Promise.resolve(config)),
    POST: REST_POST(Promise.resolve(config)),
    PATCH: REST_PATCH(Promise.resolve(config)),
  }
  return async (method: keyof typeof handlers, path: string, body?: unknown, from: From = {}): Promise<Answer> => {
    const url = new URL(`http://localhost:3000/api/${path}`)
    const headers = new Headers(from.headers)
    if (body !== undefined) headers.set('content-type', 'application/json')
    if (from.address) headers.set(SOCKET_ADDRESS_HEADER, from.address)
    if (from.token) headers.set('authorization', `JWT ${from.token}`)
    const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const response = await handlers[method](request, {
      params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }),
    })
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    }
  }
}
