import { requestClientAddress } from '../../schemas/http/clientAddress'

/**
 * The header the CMS server (cms/server.ts) writes with the address of the TCP peer, replacing any
 * copy a client sent: route handlers see only headers, never the socket.
 */
export const SOCKET_ADDRESS_HEADER = 'x-coope-socket-address'

/** Requests that arrive without any address (the development server, server-side calls) share this one. */
export const UNKNOWN_ADDRESS = 'unknown'

/**
 * The address a request comes from, used as the key of the attempt counters: the rule of
 * `requestClientAddress`, with the socket's address the CMS server wrote into the request.
 *
 * @param headers the request's headers
 * @param trustProxy TRUST_PROXY=1 (see `requestClientAddress`)
 * @returns an IP address as text, or {@link UNKNOWN_ADDRESS}
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  return requestClientAddress(headers, headers.get(SOCKET_ADDRESS_HEADER) ?? undefined, trustProxy) ?? UNKNOWN_ADDRESS
}
