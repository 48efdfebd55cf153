import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contributions_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contributions_history_order_idx\` ON \`contributions_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contributions_history_parent_id_idx\` ON \`contributions_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_history_by_idx\` ON \`contributions_history\` (\`by_id\`);`)
  await db.run(sql`ALTER TABLE \`contributions_rels\` ADD \`houses_id\` integer REFERENCES houses(id);`)
  await db.run(sql`ALTER TABLE \`contributions_rels\` ADD \`articles_id\` integer REFERENCES articles(id);`)
  await db.run(sql`ALTER TABLE \`contributions_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_houses_id_idx\` ON \`contributions_rels\` (\`houses_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_articles_id_idx\` ON \`contributions_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_events_id_idx\` ON \`contributions_rels\` (\`events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contributions_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_contributions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contribution_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contribution_files_id\`) REFERENCES \`contribution_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contributions_rels\`("id", "order", "parent_id", "path", "contribution_files_id") SELECT "id", "order", "parent_id", "path", "contribution_files_id" FROM \`contributions_rels\`;`)
  await db.run(sql`DROP TABLE \`contributions_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_contributions_rels\` RENAME TO \`contributions_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`contributions_rels_order_idx\` ON \`contributions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_parent_idx\` ON \`contributions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_path_idx\` ON \`contributions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contributions_rels_contribution_files_id_idx\` ON \`contributions_rels\` (\`contribution_files_id\`);`)
}
