import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { isMongoUri } from '../env'
import { migrations } from '../migrations'
import { projectRoot } from '../paths'

/**
 * SQLite (a file) unless DATABASE_URI names MongoDB. SQLite's schema only ever changes through the
 * committed migrations (`npm run migrate:create`), applied at start: never pushed, so development
 * and production databases cannot drift apart.
 */
export function databaseAdapter(uri: string): DatabaseAdapterObj {
  if (isMongoUri(uri)) return mongooseAdapter({ url: uri })
  const file = path.resolve(uri.slice('file:'.length))
  mkdirSync(path.dirname(file), { recursive: true })
  return sqliteAdapter({
    client: { url: `file:${file}` },
    migrationDir: path.join(projectRoot, 'cms', 'migrations'),
    push: false,
    prodMigrations: migrations,
    // No transactions on SQLite (Payload's default): the libsql client gives each transaction a
    // connection without the busy timeout, so concurrent writers fail at once instead of waiting.
    // Every write commits as it happens; the demo load undoes itself on failure instead.
    // WAL lets the site's reads go on while staff write; waiting on a lock beats failing on it.
    wal: true,
    busyTimeout: 5000,
  })
}
