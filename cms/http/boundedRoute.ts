import { declaresTooLarge, readBoundedBody } from '../../schemas/http/boundedBody'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** JSON and forms: the largest document (long rich text) fits many times over. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024
/** Multipart uploads: Payload's own file size limit, plus room for the form's other fields. */
export const maxMultipartBytes = (fileSizeLimit: number): number => fileSizeLimit + 1024 * 1024

const tooLarge = () => Response.json({ errors: [{ message: 'La requête est trop volumineuse.' }] }, { status: 413 })

/**
 * Wraps a route handler so that the body it reads is limited by the bytes actually received:
 * Payload and Next read request bodies whole and without a limit of their own (a chunked body
 * declares no length). The body is read here within the limit, and the handler gets a copy.
 */
export function boundedBody<Context>(handler: RouteHandler<Context>, multipartLimit: number): RouteHandler<Context> {
  return async (request, context) => {
    if (!request.body) return handler(request, context)
    const multipart = request.headers.get('content-type')?.toLowerCase().startsWith('multipart/') ?? false
    const limit = multipart ? multipartLimit : MAX_JSON_BYTES
    if (declaresTooLarge(request.headers.get('content-length'), limit)) return tooLarge()
    const read = await readBoundedBody(request.body, limit)
    if (!read.ok) return tooLarge()
    const copy = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: read.bytes,
      signal: request.signal,
    })
    return handler(copy, context)
  }
}
