import { randomBytes } from 'node:crypto'

/** A password nobody chose: 24 random bytes, URL-safe (32 characters). */
export const strongPassword = (): string => randomBytes(24).toString('base64url')
