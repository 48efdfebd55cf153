import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { isMongoUri } from '../env'
import { migrations } from '../migrations'

/**
 * SQLite (a file) unless DATABASE_URI names MongoDB. SQLite's schema only changes through the
 * committed migrations, applied at start; `npm run dev` may push it for quick iterations.
 */
export function databaseAdapter(uri: string, nodeEnv: string): DatabaseAdapterObj {
  if (isMongoUri(uri)) return mongooseAdapter({ url: uri })
  const file = path.resolve(uri.slice('file:'.length))
  mkdirSync(path.dirname(file), { recursive: true })
  return sqliteAdapter({
    client: { url: `file:${file}` },
    migrationDir: path.resolve(import.meta.dirname, '..', 'migrations'),
    push: nodeEnv === 'development',
    prodMigrations: migrations,
  })
}
