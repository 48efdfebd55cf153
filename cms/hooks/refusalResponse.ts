import type { AfterErrorHook } from 'payload'

type Refused = {
  name?: string
  message: string
  status?: number
  isPublic?: boolean
  data?: { code?: unknown; errors?: unknown }
}

/** The paths Payload's QueryError names (its data: `[{ path }]`). */
const queriedPaths = (data: unknown): string[] =>
  Array.isArray(data)
    ? data.flatMap((entry) => (typeof (entry as { path?: unknown })?.path === 'string' ? [String(entry.path)] : []))
    : []

/**
 * Answers a query Payload refuses (QueryError) in French, with code `query-not-allowed`.
 * Answers every refusal of the hub (`refusal()`, `fieldRefusal()`: a `code` in its data) as
 * `{ errors: [{ name, message, data }] }` with its own status. Payload formats an error this way
 * only when it is an instance of its own APIError class; in the production build the hub's hooks
 * may hold another copy of that class, and the admin then showed "An unknown error occurred."
 * instead of the French sentence. Named `ValidationError` when it carries field errors, as
 * Payload's own field validation does, so the admin marks the fields.
 */
export const refusalResponse: AfterErrorHook = ({ error }) => {
  const refused = error as unknown as Refused
  // A where or sort on a path the reader may not query (or that does not exist): Payload says it in English.
  if (refused.name === 'QueryError') {
    const paths = queriedPaths(refused.data)
    return {
      response: {
        errors: [
          {
            name: 'QueryError',
            message: `Ce critère de recherche ou de tri n’est pas permis (${paths.join(', ')}).`,
            data: { code: 'query-not-allowed', paths },
          },
        ],
      },
      status: 400,
    }
  }
  if (!refused.isPublic || typeof refused.data?.code !== 'string') return
  const name = Array.isArray(refused.data.errors) ? 'ValidationError' : 'APIError'
  return {
    response: { errors: [{ name, message: refused.message, data: refused.data }] },
    status: refused.status ?? 400,
  }
}
