import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Documents gain `withheld` (schemas/fields/withheld.ts): a PDF is public only once a published
 * journal issue offers it. A PDF already uploaded is withheld unless the published version of an
 * issue (the collection's own row, which drafts leave alone) offers it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`withheld\` integer DEFAULT false;`)
  await db.run(sql`UPDATE \`documents\` SET \`withheld\` = true WHERE \`id\` NOT IN
    (SELECT \`pdf_id\` FROM \`journal_issues\` WHERE \`_status\` = 'published' AND \`pdf_id\` IS NOT NULL);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`withheld\`;`)
}
