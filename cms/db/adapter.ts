import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { isMongoUri } from '../env'
import { migrations } from '../migrations'
import { projectRoot } from '../paths'
import { oneWriterClient } from './oneWriter'
import { beginTransaction, commitTransaction } from './transactions'

/** How long a SQLite connection waits for another process's lock (a backup, a script), in milliseconds. */
const BUSY_TIMEOUT_MS = 5000

/**
 * SQLite (a file) unless DATABASE_URI names MongoDB. SQLite's schema only ever changes through the
 * committed migrations (`npm run migrate:create`), applied at start: never pushed, so development
 * and production databases cannot drift apart. Every save runs in a transaction on both: all of it
 * is written, or nothing (see docs/decisions/0003-sqlite-transactions.md).
 */
export function databaseAdapter(uri: string): DatabaseAdapterObj {
  if (isMongoUri(uri)) return mongooseAdapter({ url: uri })
  const file = path.resolve(uri.slice('file:'.length))
  const clientConfig = { url: `file:${file}` }
  const adapter = sqliteAdapter({
    client: clientConfig,
    migrationDir: path.join(projectRoot, 'cms', 'migrations'),
    push: false,
    prodMigrations: migrations,
    // Setting any transaction options turns transactions on; the mode itself is the client's:
    // BEGIN IMMEDIATE, one transaction at a time (cms/db/oneWriter.ts).
    transactionOptions: {},
  })
  // The adapter opens its client only when it has none: hand it one that queues the writes. Its
  // transactions report a failed COMMIT (cms/db/transactions.ts). The file's folder is made then,
  // not when the configuration is read: reading it (the type generator, a test's imports) creates
  // nothing on disk.
  const init = adapter.init
  adapter.init = (args) => {
    mkdirSync(path.dirname(file), { recursive: true })
    const instance = init(args) as ReturnType<typeof init> & { client?: unknown }
    instance.client = oneWriterClient(clientConfig, BUSY_TIMEOUT_MS)
    Object.assign(instance, { beginTransaction, commitTransaction })
    return instance
  }
  return adapter
}
