import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`shows\` ADD \`show_type\` text DEFAULT 'episodic';`)
  await db.run(sql`ALTER TABLE \`shows\` ADD \`license\` text DEFAULT 'cc-by-nc-sa-4.0';`)
  await db.run(sql`ALTER TABLE \`shows\` ADD \`location\` text DEFAULT 'Valmont-sur-Loire';`)
  await db.run(sql`ALTER TABLE \`shows\` ADD \`funding_url\` text;`)
  await db.run(sql`ALTER TABLE \`shows\` ADD \`funding_label\` text;`)
  await db.run(sql`ALTER TABLE \`shows\` ADD \`podcast_guid\` text;`)
  await db.run(sql`CREATE INDEX \`shows_podcast_guid_idx\` ON \`shows\` (\`podcast_guid\`);`)
  await db.run(sql`ALTER TABLE \`_shows_v\` ADD \`version_show_type\` text DEFAULT 'episodic';`)
  await db.run(sql`ALTER TABLE \`_shows_v\` ADD \`version_license\` text DEFAULT 'cc-by-nc-sa-4.0';`)
  await db.run(sql`ALTER TABLE \`_shows_v\` ADD \`version_location\` text DEFAULT 'Valmont-sur-Loire';`)
  await db.run(sql`ALTER TABLE \`_shows_v\` ADD \`version_funding_url\` text;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` ADD \`version_funding_label\` text;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` ADD \`version_podcast_guid\` text;`)
  await db.run(sql`CREATE INDEX \`_shows_v_version_version_podcast_guid_idx\` ON \`_shows_v\` (\`version_podcast_guid\`);`)
  await db.run(sql`ALTER TABLE \`episodes_people\` ADD \`consent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`episodes_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`episodes_rels\` ADD \`projects_id\` integer REFERENCES projects(id);`)
  await db.run(sql`ALTER TABLE \`episodes_rels\` ADD \`articles_id\` integer REFERENCES articles(id);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_events_id_idx\` ON \`episodes_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_projects_id_idx\` ON \`episodes_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_articles_id_idx\` ON \`episodes_rels\` (\`articles_id\`);`)
  await db.run(sql`ALTER TABLE \`_episodes_v_version_people\` ADD \`consent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_episodes_v_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`_episodes_v_rels\` ADD \`projects_id\` integer REFERENCES projects(id);`)
  await db.run(sql`ALTER TABLE \`_episodes_v_rels\` ADD \`articles_id\` integer REFERENCES articles(id);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_events_id_idx\` ON \`_episodes_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_projects_id_idx\` ON \`_episodes_v_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_articles_id_idx\` ON \`_episodes_v_rels\` (\`articles_id\`);`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`bitrate\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_episodes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`houses_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`houses_id\`) REFERENCES \`houses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_episodes_rels\`("id", "order", "parent_id", "path", "houses_id") SELECT "id", "order", "parent_id", "path", "houses_id" FROM \`episodes_rels\`;`)
  await db.run(sql`DROP TABLE \`episodes_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_episodes_rels\` RENAME TO \`episodes_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`episodes_rels_order_idx\` ON \`episodes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_parent_idx\` ON \`episodes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_path_idx\` ON \`episodes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_houses_id_idx\` ON \`episodes_rels\` (\`houses_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__episodes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`houses_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`houses_id\`) REFERENCES \`houses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__episodes_v_rels\`("id", "order", "parent_id", "path", "houses_id") SELECT "id", "order", "parent_id", "path", "houses_id" FROM \`_episodes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__episodes_v_rels\` RENAME TO \`_episodes_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_order_idx\` ON \`_episodes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_parent_idx\` ON \`_episodes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_path_idx\` ON \`_episodes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_houses_id_idx\` ON \`_episodes_v_rels\` (\`houses_id\`);`)
  await db.run(sql`DROP INDEX \`shows_podcast_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`shows\` DROP COLUMN \`show_type\`;`)
  await db.run(sql`ALTER TABLE \`shows\` DROP COLUMN \`license\`;`)
  await db.run(sql`ALTER TABLE \`shows\` DROP COLUMN \`location\`;`)
  await db.run(sql`ALTER TABLE \`shows\` DROP COLUMN \`funding_url\`;`)
  await db.run(sql`ALTER TABLE \`shows\` DROP COLUMN \`funding_label\`;`)
  await db.run(sql`ALTER TABLE \`shows\` DROP COLUMN \`podcast_guid\`;`)
  await db.run(sql`DROP INDEX \`_shows_v_version_version_podcast_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` DROP COLUMN \`version_show_type\`;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` DROP COLUMN \`version_license\`;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` DROP COLUMN \`version_location\`;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` DROP COLUMN \`version_funding_url\`;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` DROP COLUMN \`version_funding_label\`;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` DROP COLUMN \`version_podcast_guid\`;`)
  await db.run(sql`ALTER TABLE \`episodes_people\` DROP COLUMN \`consent\`;`)
  await db.run(sql`ALTER TABLE \`_episodes_v_version_people\` DROP COLUMN \`consent\`;`)
  await db.run(sql`ALTER TABLE \`audio\` DROP COLUMN \`bitrate\`;`)
}
