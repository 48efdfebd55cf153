import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Media and Audio record which contribution a copy came from and whether it is withheld from the
 * public. Every existing file stays public: the new column is false for them.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`contribution_id\` integer REFERENCES contributions(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`withheld\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_contribution_idx\` ON \`media\` (\`contribution_id\`);`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`contribution_id\` integer REFERENCES contributions(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`withheld\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`audio_contribution_idx\` ON \`audio\` (\`contribution_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`cooperation\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_avif_url\` text,
  	\`sizes_thumbnail_avif_width\` numeric,
  	\`sizes_thumbnail_avif_height\` numeric,
  	\`sizes_thumbnail_avif_mime_type\` text,
  	\`sizes_thumbnail_avif_filesize\` numeric,
  	\`sizes_thumbnail_avif_filename\` text,
  	\`sizes_thumbnail_webp_url\` text,
  	\`sizes_thumbnail_webp_width\` numeric,
  	\`sizes_thumbnail_webp_height\` numeric,
  	\`sizes_thumbnail_webp_mime_type\` text,
  	\`sizes_thumbnail_webp_filesize\` numeric,
  	\`sizes_thumbnail_webp_filename\` text,
  	\`sizes_card_avif_url\` text,
  	\`sizes_card_avif_width\` numeric,
  	\`sizes_card_avif_height\` numeric,
  	\`sizes_card_avif_mime_type\` text,
  	\`sizes_card_avif_filesize\` numeric,
  	\`sizes_card_avif_filename\` text,
  	\`sizes_card_webp_url\` text,
  	\`sizes_card_webp_width\` numeric,
  	\`sizes_card_webp_height\` numeric,
  	\`sizes_card_webp_mime_type\` text,
  	\`sizes_card_webp_filesize\` numeric,
  	\`sizes_card_webp_filename\` text,
  	\`sizes_hero_avif_url\` text,
  	\`sizes_hero_avif_width\` numeric,
  	\`sizes_hero_avif_height\` numeric,
  	\`sizes_hero_avif_mime_type\` text,
  	\`sizes_hero_avif_filesize\` numeric,
  	\`sizes_hero_avif_filename\` text,
  	\`sizes_hero_webp_url\` text,
  	\`sizes_hero_webp_width\` numeric,
  	\`sizes_hero_webp_height\` numeric,
  	\`sizes_hero_webp_mime_type\` text,
  	\`sizes_hero_webp_filesize\` numeric,
  	\`sizes_hero_webp_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "caption", "credit", "cooperation", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_avif_url", "sizes_thumbnail_avif_width", "sizes_thumbnail_avif_height", "sizes_thumbnail_avif_mime_type", "sizes_thumbnail_avif_filesize", "sizes_thumbnail_avif_filename", "sizes_thumbnail_webp_url", "sizes_thumbnail_webp_width", "sizes_thumbnail_webp_height", "sizes_thumbnail_webp_mime_type", "sizes_thumbnail_webp_filesize", "sizes_thumbnail_webp_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename", "sizes_card_webp_url", "sizes_card_webp_width", "sizes_card_webp_height", "sizes_card_webp_mime_type", "sizes_card_webp_filesize", "sizes_card_webp_filename", "sizes_hero_avif_url", "sizes_hero_avif_width", "sizes_hero_avif_height", "sizes_hero_avif_mime_type", "sizes_hero_avif_filesize", "sizes_hero_avif_filename", "sizes_hero_webp_url", "sizes_hero_webp_width", "sizes_hero_webp_height", "sizes_hero_webp_mime_type", "sizes_hero_webp_filesize", "sizes_hero_webp_filename") SELECT "id", "alt", "caption", "credit", "cooperation", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_avif_url", "sizes_thumbnail_avif_width", "sizes_thumbnail_avif_height", "sizes_thumbnail_avif_mime_type", "sizes_thumbnail_avif_filesize", "sizes_thumbnail_avif_filename", "sizes_thumbnail_webp_url", "sizes_thumbnail_webp_width", "sizes_thumbnail_webp_height", "sizes_thumbnail_webp_mime_type", "sizes_thumbnail_webp_filesize", "sizes_thumbnail_webp_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename", "sizes_card_webp_url", "sizes_card_webp_width", "sizes_card_webp_height", "sizes_card_webp_mime_type", "sizes_card_webp_filesize", "sizes_card_webp_filename", "sizes_hero_avif_url", "sizes_hero_avif_width", "sizes_hero_avif_height", "sizes_hero_avif_mime_type", "sizes_hero_avif_filesize", "sizes_hero_avif_filename", "sizes_hero_webp_url", "sizes_hero_webp_width", "sizes_hero_webp_height", "sizes_hero_webp_mime_type", "sizes_hero_webp_filesize", "sizes_hero_webp_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_avif_sizes_thumbnail_avif_filename_idx\` ON \`media\` (\`sizes_thumbnail_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx\` ON \`media\` (\`sizes_thumbnail_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`media\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_webp_sizes_card_webp_filename_idx\` ON \`media\` (\`sizes_card_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_avif_sizes_hero_avif_filename_idx\` ON \`media\` (\`sizes_hero_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_webp_sizes_hero_webp_filename_idx\` ON \`media\` (\`sizes_hero_webp_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_audio\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`duration\` numeric,
  	\`bitrate\` numeric,
  	\`cooperation\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audio\`("id", "title", "duration", "bitrate", "cooperation", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "title", "duration", "bitrate", "cooperation", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`audio\`;`)
  await db.run(sql`DROP TABLE \`audio\`;`)
  await db.run(sql`ALTER TABLE \`__new_audio\` RENAME TO \`audio\`;`)
  await db.run(sql`CREATE INDEX \`audio_updated_at_idx\` ON \`audio\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audio_created_at_idx\` ON \`audio\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audio_filename_idx\` ON \`audio\` (\`filename\`);`)
}
