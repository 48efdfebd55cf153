import { randomBytes } from 'node:crypto'

import { z } from 'zod'

import { explainEnvError, httpOrigin, secret, trustProxy } from '../schemas/env'
import { defaults } from './paths'

export const isMongoUri = (uri: string) => /^mongodb(\+srv)?:\/\//.test(uri)

/** The operator's sentence for a DATABASE_URI of a kind the hub cannot use. */
export const UNKNOWN_DATABASE_SCHEME =
  'DATABASE_URI must start with file: (SQLite, e.g. file:./cms/data/hub.db) or mongodb:// / mongodb+srv:// (MongoDB).'

/** Whether DATABASE_URI names a database kind the hub has an adapter for. */
export const isKnownDatabaseUri = (uri: string): boolean => uri.startsWith('file:') || isMongoUri(uri)

const databaseUri = z.string().default(defaults.DATABASE_URI).refine(isKnownDatabaseUri, UNKNOWN_DATABASE_SCHEME)

const cmsEnvSchema = z.object({
  NODE_ENV: z.string().default('development'),
  DATABASE_URI: databaseUri,
  PAYLOAD_SECRET: z.string().optional(),
  CMS_URL: httpOrigin('CMS_URL').default('http://localhost:3000'),
  SITE_URL: httpOrigin('SITE_URL').default('http://localhost:4321'),
  SITE_INVALIDATION_SECRET: z.string().optional(),
  CONTRIBUTION_SERVICE_SECRET: z.string().optional(),
  MEDIA_DIR: z.string().default(defaults.MEDIA_DIR),
  /** 1 in the served CMS: it runs queued jobs itself; 0 in one-off processes (migrations, tests). */
  JOBS_AUTORUN: z.stringbool().default(false),
  SMTP_URL: z
    .url({ error: 'SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587 or smtps://…:465.' })
    .refine((u) => /^smtps?:\/\//.test(u), 'SMTP_URL must start with smtp:// or smtps://.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  EMAIL_FROM: z
    .email({ error: 'EMAIL_FROM must be an e-mail address such as hub@la-coope.fr.' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TRUST_PROXY: trustProxy,
})

type Secret = 'PAYLOAD_SECRET' | 'SITE_INVALIDATION_SECRET' | 'CONTRIBUTION_SERVICE_SECRET'
export type CmsEnv = z.output<typeof cmsEnvSchema> & Record<Secret, string>

/**
 * Reads the CMS's environment. In production every secret must be real; elsewhere a missing one is
 * replaced by a random value for this process only (tokens then die with the process).
 */
export function readCmsEnv(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  const parsed = cmsEnvSchema.safeParse(source)
  if (!parsed.success) throw new Error(explainEnvError(parsed.error))
  const env = parsed.data
  if (env.SMTP_URL && !env.EMAIL_FROM)
    throw new Error('EMAIL_FROM is missing: set the address e-mails are sent from, e.g. hub@la-coope.fr.')
  const production = env.NODE_ENV === 'production'
  const required = (name: Secret): string => {
    const value = env[name]
    if (value === undefined && !production) return randomBytes(32).toString('hex')
    const checked = secret(name).safeParse(value)
    if (!checked.success) throw new Error(explainEnvError(checked.error))
    return checked.data
  }
  return {
    ...env,
    PAYLOAD_SECRET: required('PAYLOAD_SECRET'),
    SITE_INVALIDATION_SECRET: required('SITE_INVALIDATION_SECRET'),
    CONTRIBUTION_SERVICE_SECRET: required('CONTRIBUTION_SERVICE_SECRET'),
  }
}

let current: CmsEnv | undefined

/**
 * This process's environment, read once: outside production a missing secret is replaced by one
 * random value for the whole process, not a new one at each use.
 */
export const cmsEnv = (): CmsEnv => (current ??= readCmsEnv())
