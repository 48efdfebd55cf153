import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { explainEnvError, fileMemoryMebibytes, httpOrigin, port } from '../../schemas/env'
import { defaults, projectRoot } from '../paths'

const SECRETS = ['PAYLOAD_SECRET', 'SITE_INVALIDATION_SECRET', 'CONTRIBUTION_SERVICE_SECRET'] as const

const defaultEnvFile = () => process.env.ENV_FILE ?? path.join(projectRoot, '.env')

/** Loads .env into the environment when it exists; writes nothing. */
export function loadEnvFile(envFile = defaultEnvFile()): void {
  if (existsSync(envFile)) process.loadEnvFile(envFile)
}

/**
 * On a first start, writes random secrets into .env (kept for the next starts) so that a fresh
 * clone starts with no setup and no secret shared with any other installation. Returns the names
 * of the secrets written, none when all were set.
 */
export function writeMissingSecrets(envFile = defaultEnvFile()): string[] {
  const missing = SECRETS.filter((name) => !process.env[name])
  if (missing.length === 0) return []
  // It holds secrets: readable by the operator's user only.
  if (!existsSync(envFile))
    writeFileSync(envFile, '# Written by npm start on first run; see .env.example for every setting.\n', {
      mode: 0o600,
    })
  for (const name of missing) {
    const value = randomBytes(32).toString('hex')
    appendFileSync(envFile, `${name}=${value}\n`)
    process.env[name] = value
  }
  return [...missing]
}

const LauncherSettings = z
  .object({
    CMS_PORT: port('CMS_PORT').default(3000),
    SITE_PORT: port('SITE_PORT').default(4321),
    CMS_URL: httpOrigin('CMS_URL').optional(),
    SITE_URL: httpOrigin('SITE_URL').optional(),
    DATABASE_URI: z.string().optional(),
    MEDIA_DIR: z.string().optional(),
    DATA_DIR: z.string().optional(),
    // The site's own setting, checked here so that a wrong value is told before anything starts.
    SITE_FILE_MEMORY_MB: fileMemoryMebibytes,
  })
  .transform((s) => ({
    ...s,
    CMS_URL: s.CMS_URL ?? `http://localhost:${s.CMS_PORT}`,
    SITE_URL: s.SITE_URL ?? `http://localhost:${s.SITE_PORT}`,
    DATABASE_URI: s.DATABASE_URI || defaults.DATABASE_URI,
    MEDIA_DIR: path.resolve(projectRoot, s.MEDIA_DIR || defaults.MEDIA_DIR),
    DATA_DIR: path.resolve(projectRoot, s.DATA_DIR || defaults.DATA_DIR),
  }))
export type LauncherSettings = z.output<typeof LauncherSettings>

/** Ports, addresses and paths, made absolute: bundled servers cannot resolve paths of their own. */
export function readLauncherSettings(): LauncherSettings {
  const parsed = LauncherSettings.safeParse(process.env)
  if (!parsed.success) throw new Error(explainEnvError(parsed.error))
  const settings = parsed.data
  if (settings.DATABASE_URI.startsWith('file:')) {
    settings.DATABASE_URI = `file:${path.resolve(projectRoot, settings.DATABASE_URI.slice('file:'.length))}`
  }
  return settings
}
