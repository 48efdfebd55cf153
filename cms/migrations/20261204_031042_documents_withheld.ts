import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Withholds every PDF (Documents) that the published version of no journal issue offers: the
 * collection's own row, which drafts saved over a published issue leave alone.
 */
export async function withholdUnofferedPdfs(db: MigrateUpArgs['db']): Promise<void> {
  await db.run(sql`UPDATE \`documents\` SET \`withheld\` = true WHERE \`id\` NOT IN
    (SELECT \`pdf_id\` FROM \`journal_issues\` WHERE \`_status\` = 'published' AND \`pdf_id\` IS NOT NULL);`)
}

/**
 * Documents gain `withheld` (schemas/fields/withheld.ts): a PDF is public only once a published
 * journal issue offers it, those uploaded before included.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`withheld\` integer DEFAULT false;`)
  await withholdUnofferedPdfs(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`withheld\`;`)
}
