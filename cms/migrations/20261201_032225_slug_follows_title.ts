import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { isMadeFrom, slugify } from '../../schemas/fields/slug'

/** The collections with an address, their tables, the field their address is made from, and their singular label. */
const collections = [
  { table: 'events', from: 'title', label: 'Événement' },
  { table: 'articles', from: 'title', label: 'Article' },
  { table: 'journal_issues', from: 'title', label: 'Numéro du journal' },
  { table: 'shows', from: 'title', label: 'Émission' },
  { table: 'episodes', from: 'title', label: 'Épisode' },
  { table: 'projects', from: 'title', label: 'Projet' },
  { table: 'houses', from: 'name', label: 'Maison' },
  { table: 'partners', from: 'name', label: 'Partenaire' },
  { table: 'themes', from: 'name', label: 'Thématique' },
  { table: 'neighbourhoods', from: 'name', label: 'Quartier' },
  { table: 'pages', from: 'title', label: 'Page' },
] as const

type Row = { id: number; slug: string | null; source: string | null; status: string | null; published: number }

/**
 * Settles the addresses the documents already have (`slugLocked`, see `fillSlug`): a document
 * published once keeps its address, and so does one whose address was chosen by hand (made
 * neither from its title nor from the collection's name). Only the drafts never published whose
 * address was made for them (« episode », « evenement-2 », an earlier title) follow their title
 * from now on. A show never published loses the `podcast:guid` made from such an address: it is
 * made again when the show is first published, and no app has seen it.
 */
export async function settleAddresses(db: MigrateUpArgs['db']): Promise<void> {
  for (const { table, from, label } of collections) {
    const rows = (await db.all(
      sql.raw(`SELECT t.id, t.slug, t.\`${from}\` AS source, t._status AS status,
        EXISTS (SELECT 1 FROM \`_${table}_v\` v WHERE v.parent_id = t.id AND v.version__status = 'published') AS published
        FROM \`${table}\` t`),
    )) as Row[]
    for (const row of rows) {
      const everPublished = row.status === 'published' || Boolean(row.published)
      const slug = row.slug ?? ''
      const made = [slugify(row.source ?? ''), slugify(label)].some((base) => isMadeFrom(slug, base))
      if (!everPublished && made) continue
      await db.run(sql.raw(`UPDATE \`${table}\` SET slug_locked = 1 WHERE id = ${Number(row.id)}`))
      await db.run(sql.raw(`UPDATE \`_${table}_v\` SET version_slug_locked = 1 WHERE parent_id = ${Number(row.id)}`))
    }
  }
  await db.run(sql`UPDATE shows SET podcast_guid = NULL WHERE _status != 'published'
    AND NOT EXISTS (SELECT 1 FROM _shows_v v WHERE v.parent_id = shows.id AND v.version__status = 'published')`)
  await db.run(
    sql`UPDATE _shows_v SET version_podcast_guid = NULL WHERE parent_id IN (SELECT id FROM shows WHERE podcast_guid IS NULL)`,
  )
}

/** Adds `slugLocked` beside every address, then settles the addresses already given. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`journal_issues\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_journal_issues_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`shows\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`houses\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_houses_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`slug_locked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_slug_locked\` integer DEFAULT false;`)
  await settleAddresses(db)
}

/** Removes `slugLocked`; addresses stay as they are. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`journal_issues\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_journal_issues_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`shows\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_shows_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`episodes\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`houses\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_houses_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` DROP COLUMN \`version_slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`slug_locked\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_slug_locked\`;`)
}
