import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Gives the foreign keys that earlier migrations added with `ALTER TABLE … ADD … REFERENCES` the
 * delete action Payload's schema declares for them (the snapshots already record it): a
 * relationship table's row goes with the document it points to (`cascade`), a relationship or
 * upload column is emptied (`set null`). Without an action SQLite refuses the deletion, so staff
 * could not delete an article a contribution's draft link points to, a project an event belongs
 * to, or an image a house shows as its logo on dark backgrounds.
 *
 * SQLite cannot alter a constraint; its documented way for a change that leaves the stored rows
 * as they are is to edit the table's definition in `sqlite_schema` under `writable_schema`, bump
 * `schema_version`, and check the file's integrity (https://www.sqlite.org/lang_altertable.html,
 * "making other kinds of table schema changes").
 */
const ADDED_COLUMN = /(`[a-z0-9_]+_id` integer REFERENCES [a-z0-9_]+\(id\))(?! ON)/g

type Definition = { name: string; sql: string }

async function setActions(db: MigrateUpArgs['db'], withAction: (definition: Definition) => string): Promise<void> {
  const tables = await db.all<Definition>(
    sql`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%integer REFERENCES%'`,
  )
  if (tables.length === 0) return
  const version = (await db.get<{ schema_version: number }>(sql`PRAGMA schema_version`))?.schema_version ?? 0
  await db.run(sql`PRAGMA writable_schema = ON`)
  for (const table of tables)
    await db.run(sql`UPDATE sqlite_schema SET sql = ${withAction(table)} WHERE type = 'table' AND name = ${table.name}`)
  await db.run(sql.raw(`PRAGMA schema_version = ${Number(version) + 1}`))
  await db.run(sql`PRAGMA writable_schema = OFF`)
  const integrity = (await db.get<{ integrity_check: string }>(sql`PRAGMA integrity_check`))?.integrity_check
  if (integrity !== 'ok') throw new Error(`The database failed its integrity check after the change: ${integrity}`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await setActions(db, ({ name, sql: definition }) =>
    definition.replace(ADDED_COLUMN, (column) => `${column} ON DELETE ${name.endsWith('_rels') ? 'cascade' : 'set null'}`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await setActions(db, ({ sql: definition }) =>
    definition.replace(/(`[a-z0-9_]+_id` integer REFERENCES [a-z0-9_]+\(id\)) ON DELETE (cascade|set null)/g, '$1'),
  )
}
