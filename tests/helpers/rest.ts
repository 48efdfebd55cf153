import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload, SanitizedConfig } from 'payload'

import { slugs } from '../../schemas/slugs'
import { type Actors, passwordOf, type Who } from './staff'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
export type RestResponse = { status: number; body: Record<string, unknown> & { docs?: { id: number }[] } }
export type Rest = (who: Who, method: Method, path: string, body?: unknown) => Promise<RestResponse>

/**
 * Calls the CMS's REST API through the handlers the server itself mounts under /api, as a role:
 * signed-in roles send the token Payload gave them at login, anonymous visitors send nothing.
 */
export async function restClient(payload: Payload, config: SanitizedConfig, actors: Actors): Promise<Rest> {
  const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }
  const routes = Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [method, handler(Promise.resolve(config))]),
  ) as Record<Method, ReturnType<typeof REST_GET>>
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
    const url = new URL(`http://localhost/api/${path}`)
    const headers = new Headers()
    if (tokens[who]) headers.set('Authorization', `JWT ${tokens[who]}`)
    if (body !== undefined) headers.set('Content-Type', 'application/json')
    const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const response = await routes[method](request, {
      params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }),
    })
    const json = response.headers.get('Content-Type')?.includes('json')
    const text = json ? await response.text() : ''
    return { status: response.status, body: text ? (JSON.parse(text) as RestResponse['body']) : {} }
  }
}
