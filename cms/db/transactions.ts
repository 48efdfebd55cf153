import { randomUUID } from 'node:crypto'

import type { BaseDatabaseAdapter } from 'payload'

/** One open transaction as Payload's SQL adapters keep it: its handle, and how to end it. */
type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }

/** What these functions use of Payload's SQLite adapter (`@payloadcms/drizzle`). */
type SqlAdapter = {
  initializing: Promise<void>
  drizzle: { transaction: (run: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
  sessions: Record<string, Session>
  transactionOptions?: unknown
  payload: { logger: { error: (entry: object) => void } }
}

/**
 * Payload's `beginTransaction` for SQLite, with the transaction's outcome kept: ending it with
 * `resolve` settles as the COMMIT did. Payload 3.90's own version catches the error of a COMMIT
 * that fails (a disk that refuses the write, a deferred constraint) and its `commitTransaction`
 * reports success anyway: staff were told "saved" while the database had rolled everything back.
 * Resolves to the new transaction's id.
 * @throws Error when the transaction cannot begin (the database cannot be reached)
 */
export async function beginTransaction(this: SqlAdapter, options?: unknown): Promise<string> {
  await this.initializing
  let opened!: (tx: unknown) => void
  let notOpened!: (error: unknown) => void
  const handle = new Promise<unknown>((resolve, reject) => ((opened = resolve), (notOpened = reject)))
  let decide!: (commit: boolean) => void
  const decided = new Promise<boolean>((resolve) => (decide = resolve))
  // Drizzle commits when this callback returns and rolls back when it throws.
  const outcome = this.drizzle.transaction(async (tx) => {
    opened(tx)
    if (!(await decided)) throw new Error('Transaction rolled back.')
  }, options ?? this.transactionOptions)
  outcome.catch(notOpened)
  let db: unknown
  try {
    db = await handle
  } catch (error) {
    const message = `Error: cannot begin transaction: ${(error as Error).message}`
    this.payload.logger.error({ err: error, msg: message })
    throw new Error(message, { cause: error })
  }
  const id = randomUUID()
  this.sessions[id] = {
    db,
    resolve: () => (decide(true), outcome),
    reject: () => (decide(false), outcome.catch(() => undefined)),
  }
  return id
}

/**
 * Payload's `commitTransaction` for SQLite that throws what the COMMIT threw, after ending the
 * transaction, so that the operation fails and says so. An id with no open transaction (already
 * ended) is ignored, as in Payload's.
 * @throws the database's error when the COMMIT fails
 */
export async function commitTransaction(
  this: SqlAdapter,
  incomingID: Parameters<BaseDatabaseAdapter['commitTransaction']>[0] = '',
): Promise<void> {
  const id = String(await incomingID)
  const session = this.sessions[id]
  if (!session) return
  // Removed first, as Payload does, so that no other operation picks up a transaction being ended.
  Reflect.deleteProperty(this.sessions, id)
  try {
    await session.resolve()
  } catch (error) {
    await session.reject()
    throw error
  }
}
