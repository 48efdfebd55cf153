import { z } from 'zod'

/** Secrets the documentation or earlier versions ever showed: never accepted as real ones. */
const PLACEHOLDERS = new Set(['changeme', 'change-me', 'secret', 'your-secret-here', 'YOUR_SECRET_HERE'])

export const secret = (name: string) =>
  z
    .string({ error: `${name} is missing: set it in .env (npm start writes a random one on first run).` })
    .min(32, `${name} is too short: use at least 32 random characters, e.g. \`openssl rand -hex 32\`.`)
    .refine((v) => !PLACEHOLDERS.has(v), `${name} is a placeholder: replace it with a random value.`)

export const httpOrigin = (name: string) =>
  z
    .url({ error: `${name} must be an http(s) URL such as http://localhost:3000.` })
    .transform((u) => u.replace(/\/+$/, ''))

export const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number.` })
    .int()
    .min(1, `${name} must be between 1 and 65535.`)
    .max(65535, `${name} must be between 1 and 65535.`)

/**
 * TRUST_PROXY, read by the CMS and the site alike: 1 only behind a reverse proxy that appends the
 * client's address to X-Forwarded-For (see `requestClientAddress`), 0 by default.
 */
export const trustProxy = z.enum(['0', '1'], { error: 'TRUST_PROXY must be 0 or 1.' }).default('0')

/** Turns a zod failure into the one sentence an operator needs. */
export const explainEnvError = (error: z.ZodError): string => error.issues.map((issue) => issue.message).join('\n')
