import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`proposed_event_date\` text;`)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`proposed_event_time\` text;`)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`proposed_event_place\` text;`)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`consent_signature_choice\` text;`)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`consent_wording\` text;`)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`retain_until\` text;`)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`withdrawal_key_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`contributions_reference_idx\` ON \`contributions\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`contributions_retain_until_idx\` ON \`contributions\` (\`retain_until\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`contributions_reference_idx\`;`)
  await db.run(sql`DROP INDEX \`contributions_retain_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`proposed_event_date\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`proposed_event_time\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`proposed_event_place\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`consent_signature_choice\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`consent_wording\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`retain_until\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`withdrawal_key_hash\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
