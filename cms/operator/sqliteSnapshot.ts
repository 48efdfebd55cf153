import { createClient } from '@libsql/client'

/** How long the snapshot waits for the CMS's write in progress, in milliseconds. */
const BUSY_TIMEOUT_MS = 30_000

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Copies the SQLite database `file` into `target` (which must not exist) with `VACUUM INTO`: one
 * read transaction, so the copy is consistent even while the CMS keeps writing, and compact.
 * @returns the rows of every table in the copy
 */
export async function snapshotSqlite(file: string, target: string): Promise<Record<string, number>> {
  const source = createClient({ url: `file:${file}` })
  try {
    await source.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    await source.execute(`VACUUM INTO ${quoted(target)}`)
  } finally {
    source.close()
  }
  return countRows(target)
}

/** The rows of every table of the SQLite database `file` (SQLite's own tables left out). */
export async function countRows(file: string): Promise<Record<string, number>> {
  const db = createClient({ url: `file:${file}` })
  try {
    const tables = await db.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const rows: Record<string, number> = {}
    for (const { name } of tables.rows) {
      const counted = await db.execute(`SELECT count(*) AS n FROM ${identifier(String(name))}`)
      rows[String(name)] = Number(counted.rows[0]!.n)
    }
    return rows
  } finally {
    db.close()
  }
}

/** SQLite's own check of every page and index of `file`: "ok", or what it found wrong. */
export async function integrityOf(file: string): Promise<string> {
  const db = createClient({ url: `file:${file}` })
  try {
    const result = await db.execute('PRAGMA integrity_check')
    return result.rows.map((row) => String(row[0])).join('; ')
  } finally {
    db.close()
  }
}
