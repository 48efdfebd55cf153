import { type Client, type Config, createClient, type InStatement, type Transaction } from '@libsql/client'

/**
 * How long a write waits for the transactions before it, in milliseconds, before giving up with a
 * clear error rather than hanging: a write issued outside a transaction by code running inside one
 * would otherwise wait for itself forever. Generous, since a transaction lasts as long as its
 * operation, image processing of an upload included, and several may be queued.
 */
export const WRITE_TURN_WAIT_MS = 120_000

/**
 * A queue of one: whoever holds the turn writes, the others wait without blocking the event loop,
 * in arrival order. A waiter that gives up still passes the turn on when it comes.
 */
export class WriteTurn {
  #tail: Promise<void> = Promise.resolve()

  /**
   * Waits for the turn; resolves to the function that passes it on (call it exactly once).
   * @throws Error after `waitMs` milliseconds without the turn
   */
  async take(waitMs: number): Promise<() => void> {
    let pass!: () => void
    const mine = new Promise<void>((resolve) => (pass = resolve))
    const before = this.#tail
    this.#tail = before.then(() => mine)
    let passed = false
    const passOn = () => {
      if (passed) return
      passed = true
      pass()
    }
    let timer: NodeJS.Timeout | undefined
    const gaveUp = new Promise<'gave-up'>((resolve) => (timer = setTimeout(() => resolve('gave-up'), waitMs)))
    const outcome = await Promise.race([before.then(() => 'turn' as const), gaveUp])
    clearTimeout(timer)
    if (outcome === 'gave-up') {
      void before.then(passOn)
      throw new Error(
        `A database write waited ${waitMs} ms for the transaction before it. A write outside a transaction ` +
          'made while one is open in the same process waits for itself: pass the request (req) to it.',
      )
    }
    return passOn
  }
}

/**
 * Refreshes the statistics SQLite's query planner chooses indexes by (`sqlite_stat1`). Without
 * them it takes any index with an equality, the published status that every event shares, over a
 * range on the dates, and reads the whole table. Run when a client opens and by the daily job
 * (cms/jobs/refreshStatistics.ts). See https://sqlite.org/lang_analyze.html.
 *
 * Every index entry is read (no `analysis_limit`): about 90 ms on ten years of content. Sampled
 * from 1,000 entries an index, the status index showed one value in its sample, which SQLite took
 * for a value matching about 1,000 of 15,000 events; a house page's count of its events then went
 * through that index over the whole table, 26 ms instead of 1.4.
 */
export const ANALYZE = 'ANALYZE'

const sqlOf = (stmt: InStatement | string) => (typeof stmt === 'string' ? stmt : stmt.sql)

/**
 * True for statements that only read: SELECT, EXPLAIN, a WITH that changes nothing, and a PRAGMA
 * that sets nothing. WAL lets those run beside a write; anything else takes the write turn.
 */
export function onlyReads(sql: string): boolean {
  const text = sql.trimStart().toLowerCase()
  if (text.startsWith('select') || text.startsWith('explain')) return true
  if (text.startsWith('with')) return !/\b(insert|update|delete|replace)\b/.test(text)
  if (text.startsWith('pragma')) return !text.includes('=')
  return false
}

/**
 * A libsql client for a SQLite file on which writes never meet "database is locked" inside this
 * process, and transactions keep the connection settings.
 *
 * Why: SQLite lets one connection write at a time, and the embedded client waits for a lock by
 * sleeping inside the call, which blocks Node's only thread; the holder of the lock, in the same
 * process, then cannot finish, so the wait can only end in SQLITE_BUSY. Its `transaction()` also
 * gives away its connection and opens a fresh one, without the busy timeout, for whatever comes
 * next. So here the writing part of every transaction runs on one long-lived connection of its
 * own, one transaction after the other (`BEGIN IMMEDIATE` at its first write: the lock is never
 * upgraded half-way), and a write outside a transaction waits for its turn too; reads go on beside
 * them (WAL). The busy timeout still covers the other processes (the backup, an operator's script).
 * On opening, it refreshes the query planner's statistics (`ANALYZE`).
 *
 * @param config the libsql configuration (a `file:` URL)
 * @param busyTimeoutMs how long a connection waits for another process's lock, in milliseconds
 */
export function oneWriterClient(config: Config, busyTimeoutMs: number): Client {
  const reader = createClient(config)
  const writer = createClient(config)
  const turn = new WriteTurn()
  // WAL: reads go on beside a write. FULL: a commit has reached the disk when it returns, so a
  // power cut loses nothing that staff were told was saved.
  const settings = [
    `PRAGMA busy_timeout = ${busyTimeoutMs}`,
    'PRAGMA journal_mode = WAL',
    'PRAGMA journal_size_limit = 67108864',
    'PRAGMA synchronous = FULL',
  ]
  const ready = (async () => {
    for (const client of [reader, writer]) for (const pragma of settings) await client.execute(pragma)
    // Statistics only guide the planner: a database that cannot take them now still serves.
    await writer.execute(ANALYZE).catch(() => undefined)
  })()

  const withTurn = async <T>(write: () => Promise<T>): Promise<T> => {
    await ready
    const passOn = await turn.take(WRITE_TURN_WAIT_MS)
    try {
      return await write()
    } finally {
      passOn()
    }
  }

  // A transaction reads beside the others until its first write; from then on it holds the write
  // turn and runs on the writer connection (its reads too, to see its own writes) until it ends.
  // So the turn is held only while writing, not while an operation hashes a password or resizes
  // an image before it writes anything. A statement that fails rolls the transaction back and
  // passes the turn on; a commit after that throws.
  const transaction = async (): Promise<Transaction> => {
    await ready
    let open = true
    let failed = false
    let writing: Promise<() => void> | undefined
    const startWriting = () => {
      writing ??= turn.take(WRITE_TURN_WAIT_MS).then(async (passOn) => {
        try {
          await writer.execute('BEGIN IMMEDIATE')
          return passOn
        } catch (error) {
          passOn()
          throw error
        }
      })
      return writing
    }
    const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
      if (!open) {
        if (failed && statement === 'COMMIT')
          throw new Error('The transaction was rolled back when one of its statements failed: nothing was saved.')
        return
      }
      open = false
      if (!writing) return
      const passOn = await writing.catch(() => undefined)
      if (!passOn) {
        // Its BEGIN failed (another process held the lock too long): nothing of it was written.
        if (statement === 'COMMIT') throw new Error('The transaction never began: nothing was saved.')
        return
      }
      try {
        await writer.execute(statement)
      } catch (error) {
        // A COMMIT that fails (a full disk) may leave the transaction open: roll it back.
        if (statement === 'COMMIT') await writer.execute('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        passOn()
      }
    }
    const execute = async (stmt: InStatement) => {
      if (!open) throw new Error('The transaction is closed.')
      if (!writing && onlyReads(sqlOf(stmt))) return reader.execute(stmt)
      await startWriting()
      try {
        return await writer.execute(stmt)
      } catch (error) {
        // A failed statement ends its transaction at once: the code that opened it may never roll
        // it back (Payload's job updates do not), and an open transaction holds every write back.
        failed = true
        await end('ROLLBACK').catch(() => undefined)
        throw error
      }
    }
    return {
      execute,
      batch: async (stmts: InStatement[]) => {
        const results = []
        for (const stmt of stmts) results.push(await execute(stmt))
        return results
      },
      executeMultiple: () => Promise.reject(new Error('executeMultiple is not available inside a transaction.')),
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close: () => void end('ROLLBACK'),
      get closed() {
        return !open
      },
    }
  }

  const client: Client = {
    execute: ((stmt: InStatement | string, args?: never) => {
      const statement = typeof stmt === 'string' ? { sql: stmt, args: args ?? [] } : stmt
      if (onlyReads(sqlOf(statement))) return ready.then(() => reader.execute(statement))
      return withTurn(() => reader.execute(statement))
    }) as Client['execute'],
    batch: (stmts, mode) => withTurn(() => reader.batch(stmts, mode)),
    migrate: (stmts) => withTurn(() => reader.migrate(stmts)),
    transaction,
    executeMultiple: (sql) => withTurn(() => reader.executeMultiple(sql)),
    sync: () => reader.sync(),
    close: () => {
      reader.close()
      writer.close()
    },
    get closed() {
      return reader.closed
    },
    protocol: reader.protocol,
  } as Client
  return client
}
