import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { type Recurrence, seriesEnd } from '../../schemas/recurrence'

type Row = Record<string, string | number | null>

/**
 * The tables of one kind of event row: the events themselves (`events`) or their versions
 * (`_events_v`, whose columns carry a `version_` prefix).
 */
const tables = [
  { main: 'events', prefix: '' },
  { main: '_events_v', prefix: 'version_' },
] as const

/**
 * Fills `lastDate` for series saved before it existed. `20261130_035808_agenda_series` filled it
 * for single events only, which left every earlier series bounded by an end date or a number of
 * dates looking endless: agenda reads then fetched all of them, whatever year they ended in.
 * The ends are computed as a save computes them (`seriesEnd`), from the stored rule, exclusions
 * and moved dates. Written straight to the column: the documents themselves do not change, so
 * neither their `sequence` nor their versions move.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { main, prefix } of tables) {
    const column = (name: string) => sql.raw(`\`${prefix}${name}\``)
    const series = (await db.all(sql`
      SELECT id, ${column('start')} AS start, ${column('end')} AS "end", ${column('all_day')} AS allDay,
        ${column('recurrence_frequency')} AS frequency, ${column('recurrence_interval')} AS interval,
        ${column('recurrence_monthly_mode')} AS monthlyMode, ${column('recurrence_until')} AS until,
        ${column('recurrence_count')} AS count
      FROM ${sql.raw(`\`${main}\``)}
      WHERE ${column('recurrence_frequency')} != 'none' AND ${column('last_date')} IS NULL
        AND ${column('start')} IS NOT NULL
        AND (${column('recurrence_until')} IS NOT NULL OR ${column('recurrence_count')} IS NOT NULL)`)) as Row[]
    const rowsOf = async (table: string, parent: string, columns: string) => {
      const rows = (await db.all(
        sql.raw(`SELECT \`${parent}\` AS parent, ${columns} FROM \`${main}_${prefix}recurrence_${table}\``),
      )) as Row[]
      return Map.groupBy(rows, (row) => row.parent)
    }
    const days = await rowsOf('weekdays', 'parent_id', 'value')
    const excluded = await rowsOf('excluded_dates', '_parent_id', 'date')
    const changes = await rowsOf(
      'changes',
      '_parent_id',
      'occurrence_date AS occurrenceDate, cancelled, start, "end"',
    )
    for (const row of series) {
      const recurrence = {
        frequency: row.frequency,
        interval: Number(row.interval ?? 1),
        monthlyMode: row.monthlyMode,
        until: row.until,
        count: row.count === null ? null : Number(row.count),
        weekdays: (days.get(row.id) ?? []).map((day) => day.value),
        excludedDates: (excluded.get(row.id) ?? []).map((day) => ({ date: String(day.date) })),
        changes: (changes.get(row.id) ?? []).map((change) => ({
          occurrenceDate: String(change.occurrenceDate),
          cancelled: Boolean(change.cancelled),
          start: change.start as string | null,
          end: change.end as string | null,
        })),
      } as Recurrence
      const last = seriesEnd({
        start: String(row.start),
        end: row.end as string | null,
        allDay: Boolean(row.allDay),
        recurrence,
      })
      if (last)
        await db.run(
          sql`UPDATE ${sql.raw(`\`${main}\``)} SET ${column('last_date')} = ${last.toISOString()} WHERE id = ${row.id}`,
        )
    }
  }
}

/** Nothing to undo: the column keeps the ends a save would have stored. */
export async function down(): Promise<void> {}
