import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { oneWriterClient } from '../../cms/db/oneWriter'

const dir = mkdtempSync(path.join(tmpdir(), 'coope-writer-'))
const client = oneWriterClient({ url: `file:${path.join(dir, 'test.db')}` }, 1000)

beforeAll(async () => {
  await client.execute('CREATE TABLE jobs (id INTEGER PRIMARY KEY, name TEXT)')
  await client.execute("INSERT INTO jobs (id, name) VALUES (1, 'first')")
})
afterAll(() => {
  client.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the one-writer SQLite client', () => {
  it('ends a transaction whose statement failed, even if nobody rolls it back, so other writes go on', async () => {
    const abandoned = await client.transaction('write')
    await abandoned.execute("UPDATE jobs SET name = 'changed' WHERE id = 1")
    // The same key again: refused by SQLite, and the caller walks away without a rollback.
    await expect(abandoned.execute("INSERT INTO jobs (id, name) VALUES (1, 'twice')")).rejects.toThrow(/UNIQUE/)

    // Without the rollback, this write would wait for the abandoned transaction until it gave up.
    await client.execute("INSERT INTO jobs (id, name) VALUES (2, 'second')")
    const { rows } = await client.execute('SELECT id, name FROM jobs ORDER BY id')
    expect(rows.map((row) => [row.id, row.name])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ])
    await expect(abandoned.commit()).rejects.toThrow(/rolled back/)
    await expect(abandoned.rollback()).resolves.toBeUndefined()
  })

  it('says a transaction whose BEGIN failed saved nothing, even when its caller ignored the failed write', async () => {
    // Another process (a backup, an operator's script) holds the write lock longer than the busy timeout.
    const other = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    await other.execute('BEGIN IMMEDIATE')
    try {
      const blocked = await client.transaction('write')
      await expect(blocked.execute("UPDATE jobs SET name = 'lost' WHERE id = 1")).rejects.toThrow(/locked|busy/i)
      await expect(blocked.commit()).rejects.toThrow(/never began/)
    } finally {
      await other.execute('ROLLBACK')
      other.close()
    }
    const { rows } = await client.execute('SELECT name FROM jobs WHERE id = 1')
    expect(rows[0]?.name).toBe('first')
  })
})
