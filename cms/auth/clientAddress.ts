/**
 * The header the CMS server (cms/server.ts) writes with the address of the TCP peer, replacing any
 * copy a client sent: route handlers see only headers, never the socket.
 */
export const SOCKET_ADDRESS_HEADER = 'x-coope-socket-address'

/** Requests that arrive without any address (the development server, server-side calls) share this one. */
export const UNKNOWN_ADDRESS = 'unknown'

/**
 * The address a request comes from, used as the key of the attempt counters.
 *
 * @param headers the request's headers
 * @param trustProxy true only when a reverse proxy in front of the CMS appends the client's address to
 *   `X-Forwarded-For` (TRUST_PROXY=1): then the right-most entry, the one that proxy saw, is used.
 *   Otherwise `X-Forwarded-For` is ignored, since any client can send one, and the socket's address is used.
 * @returns an IP address as text, or {@link UNKNOWN_ADDRESS}
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return headers.get(SOCKET_ADDRESS_HEADER)?.trim() || UNKNOWN_ADDRESS
}
