import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/** Payload 3.90's stored format: `pbkdf2-sha256-v1:` + hex, 600 000 iterations, 32 bytes; older hashes: 25 000 and 512. */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/**
 * Whether `password` matches a hash and salt stored by Payload's local strategy.
 *
 * @param password the password as typed
 * @param stored the account's `hash` and `salt` columns (hex strings); missing ones never match
 * @returns true on a match; costs one PBKDF2-SHA256 run (about 90 ms here for current hashes)
 */
export async function verifyPassword(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash, 'hex')
  const actual = await derive(password, stored.salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const dummy = { salt: randomBytes(32).toString('hex'), hash: `${CURRENT_PREFIX}${randomBytes(32).toString('hex')}` }

/**
 * Does the work of checking a password against an account that does not exist, so that an unknown
 * e-mail takes as long to refuse as a wrong password. Always resolves to false.
 */
export const verifyAgainstDummy = (password: string): Promise<boolean> => verifyPassword(password, dummy)
