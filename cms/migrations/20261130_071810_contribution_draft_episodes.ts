import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contributions_rels\` ADD \`episodes_id\` integer REFERENCES episodes(id);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_episodes_id_idx\` ON \`contributions_rels\` (\`episodes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_contributions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contribution_files_id\` integer,
  	\`houses_id\` integer,
  	\`articles_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contribution_files_id\`) REFERENCES \`contribution_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`houses_id\`) REFERENCES \`houses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contributions_rels\`("id", "order", "parent_id", "path", "contribution_files_id", "houses_id", "articles_id", "events_id") SELECT "id", "order", "parent_id", "path", "contribution_files_id", "houses_id", "articles_id", "events_id" FROM \`contributions_rels\`;`)
  await db.run(sql`DROP TABLE \`contributions_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_contributions_rels\` RENAME TO \`contributions_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`contributions_rels_order_idx\` ON \`contributions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_parent_idx\` ON \`contributions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_path_idx\` ON \`contributions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_contribution_files_id_idx\` ON \`contributions_rels\` (\`contribution_files_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_houses_id_idx\` ON \`contributions_rels\` (\`houses_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_articles_id_idx\` ON \`contributions_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_events_id_idx\` ON \`contributions_rels\` (\`events_id\`);`)
}
