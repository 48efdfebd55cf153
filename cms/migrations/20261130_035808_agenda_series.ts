import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_monthly_mode\` text DEFAULT 'dayOfMonth';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`last_date\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`sequence\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`events_last_date_idx\` ON \`events\` (\`last_date\`);`)
  // One-off events get their last date now; saved series get theirs at their next save (until then
  // an empty last date means "read it always", which is complete, only less bounded).
  await db.run(sql`UPDATE \`events\` SET \`last_date\` = COALESCE(\`end\`, CASE WHEN \`all_day\` THEN strftime('%Y-%m-%dT%H:%M:%fZ', \`start\`, '+1 day') ELSE \`start\` END) WHERE \`recurrence_frequency\` = 'none';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_monthly_mode\` text DEFAULT 'dayOfMonth';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_last_date\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_last_date_idx\` ON \`_events_v\` (\`version_last_date\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`events_last_date_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`recurrence_monthly_mode\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`last_date\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`sequence\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_last_date_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_recurrence_monthly_mode\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_last_date\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_sequence\`;`)
}
