import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload, SanitizedConfig } from 'payload'

import { SOCKET_ADDRESS_HEADER } from '../../cms/auth/clientAddress'
import { slugs } from '../../schemas/slugs'
import { type Actors, passwordOf, type Who } from './staff'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
export type Answer = { status: number; headers: Headers; body: Record<string, unknown> }
export type From = { address?: string; token?: string; headers?: Record<string, string> }

/**
 * Requests to the CMS's REST API through the same handlers the server mounts under /api.
 * `address` stands for the TCP peer that cms/server.ts writes into the request; `token` signs the
 * request in. A body that is not JSON (a file) comes back as `{}`.
 */
export function restClient(config: SanitizedConfig) {
  const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }
  const routes = Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [method, handler(Promise.resolve(config))]),
  ) as Record<Method, ReturnType<typeof REST_GET>>
  return async (method: Method, path: string, body?: unknown, from: From = {}): Promise<Answer> => {
    const url = new URL(`http://localhost:3000/api/${path}`)
    const headers = new Headers(from.headers)
    if (body !== undefined) headers.set('content-type', 'application/json')
    if (from.address) headers.set(SOCKET_ADDRESS_HEADER, from.address)
    if (from.token) headers.set('authorization', `JWT ${from.token}`)
    const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const response = await routes[method](request, {
      params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }),
    })
    const text = response.headers.get('content-type')?.includes('json') ? await response.text() : ''
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    }
  }
}

export type RestResponse = { status: number; body: Record<string, unknown> & { docs?: { id: number }[] } }
export type Rest = (who: Who, method: Method, path: string, body?: unknown) => Promise<RestResponse>

/**
 * The REST API as each role: signed-in roles send the token Payload gave them at login, anonymous
 * visitors send nothing.
 */
export async function restAs(payload: Payload, config: SanitizedConfig, actors: Actors): Promise<Rest> {
  const call = restClient(config)
  const tokens: Partial<Record<Who, string>> = {}
  for (const [who, user] of Object.entries(actors) as [Who, Actors[Who]][]) {
    if (!user) continue
    const login = await payload.login({
      collection: slugs.users,
      data: { email: user.email, password: passwordOf(user.email) },
    })
    tokens[who] = login.token
  }
  return async (who, method, path, body) => {
    const { status, body: answer } = await call(method, path, body, { token: tokens[who] })
    return { status, body: answer as RestResponse['body'] }
  }
}
