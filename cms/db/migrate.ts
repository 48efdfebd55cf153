import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/** Applies the committed SQL migrations that have not run yet; MongoDB needs none. */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
