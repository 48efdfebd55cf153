import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Client } from '@libsql/client'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export type TestCms = { payload: Payload; config: SanitizedConfig; dir: string; stop: () => Promise<void> }

/**
 * A real Payload on a new SQLite file with the committed migrations applied. The environment is
 * set before the config is imported, since the config reads it once.
 */
export async function startTestCms(extraEnv: Record<string, string> = {}): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'coope-int-'))
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(dir, 'test.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_INVALIDATION_SECRET: randomBytes(32).toString('hex'),
    CONTRIBUTION_SERVICE_SECRET: randomBytes(32).toString('hex'),
    SITE_URL: 'http://127.0.0.1:9',
    ...extraEnv,
  })
  const config = await (await import('../../payload.config')).default
  const { migrateDatabase } = await import('../../cms/db/migrate')
  const { settleInvalidations } = await import('../../cms/hooks/queueInvalidation')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return {
    payload,
    config,
    dir,
    stop: async () => {
      await settleInvalidations()
      await stopPayload(payload)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Stops a Payload instance and closes its database connections, which `destroy` leaves open (the
 * integration files of one process would otherwise keep every file's until garbage collection).
 * Safe to call again on a stopped instance.
 */
export async function stopPayload(payload: Payload): Promise<void> {
  await payload.destroy()
  // The adapter's type gives `client` as its connection settings; the running adapter holds the
  // connection there (cms/db/adapter.ts).
  const client = (payload.db as unknown as { client?: Client }).client
  if (client && !client.closed) client.close()
}
