import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`houses\` ADD \`directions\` text;`)
  await db.run(sql`ALTER TABLE \`_houses_v\` ADD \`version_directions\` text;`)
  await db.run(sql`ALTER TABLE \`identity\` ADD \`logo_on_dark_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`identity_logo_on_dark_idx\` ON \`identity\` (\`logo_on_dark_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_identity\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`palette_primary\` text NOT NULL,
  	\`palette_on_primary\` text NOT NULL,
  	\`palette_highlight\` text NOT NULL,
  	\`palette_background\` text NOT NULL,
  	\`palette_text\` text NOT NULL,
  	\`typography_headings\` text DEFAULT 'geometric' NOT NULL,
  	\`typography_body\` text DEFAULT 'humanist' NOT NULL,
  	\`logo_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_identity\`("id", "palette_primary", "palette_on_primary", "palette_highlight", "palette_background", "palette_text", "typography_headings", "typography_body", "logo_id", "updated_at", "created_at") SELECT "id", "palette_primary", "palette_on_primary", "palette_highlight", "palette_background", "palette_text", "typography_headings", "typography_body", "logo_id", "updated_at", "created_at" FROM \`identity\`;`)
  await db.run(sql`DROP TABLE \`identity\`;`)
  await db.run(sql`ALTER TABLE \`__new_identity\` RENAME TO \`identity\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`identity_logo_idx\` ON \`identity\` (\`logo_id\`);`)
  await db.run(sql`ALTER TABLE \`houses\` DROP COLUMN \`directions\`;`)
  await db.run(sql`ALTER TABLE \`_houses_v\` DROP COLUMN \`version_directions\`;`)
}
