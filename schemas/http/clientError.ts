import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'

/**
 * Node's status for the parse errors it names (as its own `clientError` default answers them), each
 * with a French sentence; any other is a 400.
 */
const ANSWERS: Record<string, readonly [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Adresse ou en-têtes trop longs.'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Requête trop volumineuse.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Requête trop lente : réessayez.'],
}

/**
 * A server's `clientError` listener: answers a request Node's parser refused before any handler
 * saw it (an address or headers over its 16 KiB, a malformed request line) with the status Node
 * would give and a short French plain-text body, then closes the connection. Node's own answer
 * had no body at all. A connection already reset or closed is only destroyed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const [status, text] = ANSWERS[error.code ?? ''] ?? [400, 'Requête invalide.']
  const body = Buffer.from(text)
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'content-type: text/plain; charset=utf-8',
    `content-length: ${body.length}`,
    'x-content-type-options: nosniff',
    'cache-control: no-store',
    'connection: close',
  ]
  socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]))
}
