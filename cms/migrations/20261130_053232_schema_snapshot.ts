import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

/**
 * Changes nothing in the database: the migrations before it were written side by side, each
 * against the schema it knew, and together they already make the current schema. This one only
 * carries, in its .json file, the snapshot of that whole schema, which the next
 * `npm run migrate:create` compares against.
 */
export async function up(_: MigrateUpArgs): Promise<void> {}

export async function down(_: MigrateDownArgs): Promise<void> {}
