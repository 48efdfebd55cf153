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

const FILE_MEMORY_PROBLEM = 'SITE_FILE_MEMORY_MB must be a whole number of mebibytes from 0 (hold no file) to 4096.'

/**
 * SITE_FILE_MEMORY_MB: mebibytes of public files' bytes the site holds in memory
 * (`site/files/fileMemory.ts`), 32 when unset or empty, 0 for none. Checked by the launcher before
 * anything starts and read by the site. Digits only: `1e3` or `0x10` would be numbers to
 * JavaScript, not what an operator means by a size.
 */
export const fileMemoryMebibytes = z
  .string()
  .optional()
  .transform((value, context) => {
    const text = value?.trim() ?? ''
    if (text === '') return 32
    const mebibytes = /^\d+$/.test(text) ? Number(text) : Number.NaN
    if (mebibytes <= 4096) return mebibytes
    context.addIssue({ code: 'custom', message: FILE_MEMORY_PROBLEM })
    return z.NEVER
  })

/** Turns a zod failure into the one sentence an operator needs. */
export const explainEnvError = (error: z.ZodError): string => error.issues.map((issue) => issue.message).join('\n')
