import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`project_id\` integer REFERENCES projects(id);`)
  await db.run(sql`CREATE INDEX \`events_project_idx\` ON \`events\` (\`project_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_project_id\` integer REFERENCES projects(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_project_idx\` ON \`_events_v\` (\`version_project_id\`);`)
  await db.run(sql`ALTER TABLE \`houses\` ADD \`logo_on_dark_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`houses_logo_on_dark_idx\` ON \`houses\` (\`logo_on_dark_id\`);`)
  await db.run(sql`ALTER TABLE \`_houses_v\` ADD \`version_logo_on_dark_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_houses_v_version_version_logo_on_dark_idx\` ON \`_houses_v\` (\`version_logo_on_dark_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Paris',
  	\`end\` text,
  	\`end_tz\` text DEFAULT 'Europe/Paris',
  	\`all_day\` integer DEFAULT false,
  	\`recurrence_frequency\` text DEFAULT 'none',
  	\`recurrence_interval\` numeric DEFAULT 1,
  	\`recurrence_monthly_mode\` text DEFAULT 'dayOfMonth',
  	\`recurrence_until\` text,
  	\`recurrence_count\` numeric,
  	\`recurrence_rule\` text,
  	\`venue_kind\` text DEFAULT 'house',
  	\`venue_house_id\` integer,
  	\`venue_name\` text,
  	\`venue_address_street\` text,
  	\`venue_address_postal_code\` text,
  	\`venue_address_city\` text,
  	\`venue_address_latitude\` numeric,
  	\`venue_address_longitude\` numeric,
  	\`cooperation\` integer DEFAULT false,
  	\`price_free\` integer DEFAULT true,
  	\`price_amount\` text,
  	\`registration_mode\` text DEFAULT 'none',
  	\`registration_url\` text,
  	\`registration_phone\` text,
  	\`registration_email\` text,
  	\`accessibility_details\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`image_id\` integer,
  	\`last_date\` text,
  	\`sequence\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`venue_house_id\`) REFERENCES \`houses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "title", "slug", "summary", "description", "start", "start_tz", "end", "end_tz", "all_day", "recurrence_frequency", "recurrence_interval", "recurrence_monthly_mode", "recurrence_until", "recurrence_count", "recurrence_rule", "venue_kind", "venue_house_id", "venue_name", "venue_address_street", "venue_address_postal_code", "venue_address_city", "venue_address_latitude", "venue_address_longitude", "cooperation", "price_free", "price_amount", "registration_mode", "registration_url", "registration_phone", "registration_email", "accessibility_details", "status", "image_id", "last_date", "sequence", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "description", "start", "start_tz", "end", "end_tz", "all_day", "recurrence_frequency", "recurrence_interval", "recurrence_monthly_mode", "recurrence_until", "recurrence_count", "recurrence_rule", "venue_kind", "venue_house_id", "venue_name", "venue_address_street", "venue_address_postal_code", "venue_address_city", "venue_address_latitude", "venue_address_longitude", "cooperation", "price_free", "price_amount", "registration_mode", "registration_url", "registration_phone", "registration_email", "accessibility_details", "status", "image_id", "last_date", "sequence", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_venue_venue_house_idx\` ON \`events\` (\`venue_house_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_last_date_idx\` ON \`events\` (\`last_date\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'Europe/Paris',
  	\`version_end\` text,
  	\`version_end_tz\` text DEFAULT 'Europe/Paris',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_recurrence_frequency\` text DEFAULT 'none',
  	\`version_recurrence_interval\` numeric DEFAULT 1,
  	\`version_recurrence_monthly_mode\` text DEFAULT 'dayOfMonth',
  	\`version_recurrence_until\` text,
  	\`version_recurrence_count\` numeric,
  	\`version_recurrence_rule\` text,
  	\`version_venue_kind\` text DEFAULT 'house',
  	\`version_venue_house_id\` integer,
  	\`version_venue_name\` text,
  	\`version_venue_address_street\` text,
  	\`version_venue_address_postal_code\` text,
  	\`version_venue_address_city\` text,
  	\`version_venue_address_latitude\` numeric,
  	\`version_venue_address_longitude\` numeric,
  	\`version_cooperation\` integer DEFAULT false,
  	\`version_price_free\` integer DEFAULT true,
  	\`version_price_amount\` text,
  	\`version_registration_mode\` text DEFAULT 'none',
  	\`version_registration_url\` text,
  	\`version_registration_phone\` text,
  	\`version_registration_email\` text,
  	\`version_accessibility_details\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_image_id\` integer,
  	\`version_last_date\` text,
  	\`version_sequence\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_venue_house_id\`) REFERENCES \`houses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_description", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_recurrence_frequency", "version_recurrence_interval", "version_recurrence_monthly_mode", "version_recurrence_until", "version_recurrence_count", "version_recurrence_rule", "version_venue_kind", "version_venue_house_id", "version_venue_name", "version_venue_address_street", "version_venue_address_postal_code", "version_venue_address_city", "version_venue_address_latitude", "version_venue_address_longitude", "version_cooperation", "version_price_free", "version_price_amount", "version_registration_mode", "version_registration_url", "version_registration_phone", "version_registration_email", "version_accessibility_details", "version_status", "version_image_id", "version_last_date", "version_sequence", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_description", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_recurrence_frequency", "version_recurrence_interval", "version_recurrence_monthly_mode", "version_recurrence_until", "version_recurrence_count", "version_recurrence_rule", "version_venue_kind", "version_venue_house_id", "version_venue_name", "version_venue_address_street", "version_venue_address_postal_code", "version_venue_address_city", "version_venue_address_latitude", "version_venue_address_longitude", "version_cooperation", "version_price_free", "version_price_amount", "version_registration_mode", "version_registration_url", "version_registration_phone", "version_registration_email", "version_accessibility_details", "version_status", "version_image_id", "version_last_date", "version_sequence", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_start_idx\` ON \`_events_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_venue_version_venue_house_idx\` ON \`_events_v\` (\`version_venue_house_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_image_idx\` ON \`_events_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_last_date_idx\` ON \`_events_v\` (\`version_last_date\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_houses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`accent\` text,
  	\`logo_id\` integer,
  	\`image_id\` integer,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_city\` text,
  	\`address_latitude\` numeric,
  	\`address_longitude\` numeric,
  	\`directions\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`accessibility_details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_houses\`("id", "name", "slug", "summary", "accent", "logo_id", "image_id", "address_street", "address_postal_code", "address_city", "address_latitude", "address_longitude", "directions", "contact_phone", "contact_email", "contact_website", "accessibility_details", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "summary", "accent", "logo_id", "image_id", "address_street", "address_postal_code", "address_city", "address_latitude", "address_longitude", "directions", "contact_phone", "contact_email", "contact_website", "accessibility_details", "updated_at", "created_at", "_status" FROM \`houses\`;`)
  await db.run(sql`DROP TABLE \`houses\`;`)
  await db.run(sql`ALTER TABLE \`__new_houses\` RENAME TO \`houses\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`houses_slug_idx\` ON \`houses\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`houses_logo_idx\` ON \`houses\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`houses_image_idx\` ON \`houses\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`houses_updated_at_idx\` ON \`houses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`houses_created_at_idx\` ON \`houses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`houses__status_idx\` ON \`houses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__houses_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_accent\` text,
  	\`version_logo_id\` integer,
  	\`version_image_id\` integer,
  	\`version_address_street\` text,
  	\`version_address_postal_code\` text,
  	\`version_address_city\` text,
  	\`version_address_latitude\` numeric,
  	\`version_address_longitude\` numeric,
  	\`version_directions\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_contact_website\` text,
  	\`version_accessibility_details\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`houses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__houses_v\`("id", "parent_id", "version_name", "version_slug", "version_summary", "version_accent", "version_logo_id", "version_image_id", "version_address_street", "version_address_postal_code", "version_address_city", "version_address_latitude", "version_address_longitude", "version_directions", "version_contact_phone", "version_contact_email", "version_contact_website", "version_accessibility_details", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_summary", "version_accent", "version_logo_id", "version_image_id", "version_address_street", "version_address_postal_code", "version_address_city", "version_address_latitude", "version_address_longitude", "version_directions", "version_contact_phone", "version_contact_email", "version_contact_website", "version_accessibility_details", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_houses_v\`;`)
  await db.run(sql`DROP TABLE \`_houses_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__houses_v\` RENAME TO \`_houses_v\`;`)
  await db.run(sql`CREATE INDEX \`_houses_v_parent_idx\` ON \`_houses_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_version_version_slug_idx\` ON \`_houses_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_version_version_logo_idx\` ON \`_houses_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_version_version_image_idx\` ON \`_houses_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_version_version_updated_at_idx\` ON \`_houses_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_version_version_created_at_idx\` ON \`_houses_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_version_version__status_idx\` ON \`_houses_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_created_at_idx\` ON \`_houses_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_updated_at_idx\` ON \`_houses_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_houses_v_latest_idx\` ON \`_houses_v\` (\`latest\`);`)
}
