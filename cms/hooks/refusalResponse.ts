import type { AfterErrorHook } from 'payload'

type Refused = { message: string; status?: number; isPublic?: boolean; data?: { code?: unknown; errors?: unknown } }

/**
 * Answers every refusal of the hub (`refusal()`, `fieldRefusal()`: a `code` in its data) as
 * `{ errors: [{ name, message, data }] }` with its own status. Payload formats an error this way
 * only when it is an instance of its own APIError class; in the production build the hub's hooks
 * may hold another copy of that class, and the admin then showed "An unknown error occurred."
 * instead of the French sentence. Named `ValidationError` when it carries field errors, as
 * Payload's own field validation does, so the admin marks the fields.
 */
export const refusalResponse: AfterErrorHook = ({ error }) => {
  const refused = error as unknown as Refused
  if (!refused.isPublic || typeof refused.data?.code !== 'string') return
  const name = Array.isArray(refused.data.errors) ? 'ValidationError' : 'APIError'
  return {
    response: { errors: [{ name, message: refused.message, data: refused.data }] },
    status: refused.status ?? 400,
  }
}
