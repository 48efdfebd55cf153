/**
 * The address a request comes from, as the CMS's sign-in limits and the site's contribution limits
 * count it.
 *
 * @param headers the request's headers
 * @param socketAddress the TCP peer's address, when the server knows it
 * @param trustProxy true only when a reverse proxy in front of the server appends the client's
 *   address to `X-Forwarded-For` (TRUST_PROXY=1): then the right-most entry, the one that proxy saw,
 *   is used. Otherwise `X-Forwarded-For` is ignored, since any client can send one.
 * @returns an IP address as text, or `undefined` when there is none
 */
export function requestClientAddress(
  headers: Headers,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string | undefined {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return socketAddress?.trim() || undefined
}
