import { type Client, createClient, type InStatement } from '@libsql/client'
import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { refreshStatisticsTask } from '../../cms/jobs/refreshStatistics'
import { up } from '../../cms/migrations/20261130_104142_series_last_dates'

import { parisTime, type Recurrence, seriesEnd } from '../../schemas/recurrence'
import { slugs } from '../../schemas/slugs'
import { agendaBetween } from '../../site/lib/agenda'
import { AGENDA_ENOUGH, type AgendaFilters } from '../../site/lib/agendaFilters'
import { type CmsHttp, serveCmsReads } from '../helpers/cmsHttp'
import { eventData } from '../helpers/events'
import { startTestCms, type TestCms } from '../helpers/payload'

// Years of archive, as the houses produce it: many one-off events and weekly series that ended
// long ago, then the current season. The old read stopped at 500 events sorted by start, so
// more than 500 finished series hid everything current.
const NOW = parisTime('2027-03-01', '09:00')
const WINDOW_END = new Date(NOW.getTime() + 60 * 86_400_000)
const ENDED_SERIES = 700
const PAST_ONE_OFFS = 1800
const DAY = 86_400_000

let cms: TestCms
let http: CmsHttp

const day = (offset: number) => new Date(NOW.getTime() + offset * DAY).toISOString().slice(0, 10)

/** Saves an event as staff do, every hook and validation included. */
async function create(data: ReturnType<typeof eventData>) {
  return cms.payload.create({
    collection: slugs.events,
    data: { ...data, cooperation: true, _status: 'published' },
    context: { skipInvalidation: true },
    overrideAccess: true,
  })
}

type Drizzle = {
  drizzle: { insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> } }
  tables: Record<string, unknown>
}

/**
 * Writes archived events in batches into Payload's own events table (a save each would take
 * minutes), each with the last date its save would have stored (`seriesEnd`, as the hook does).
 */
async function archive(events: ReturnType<typeof eventData>[]) {
  const db = cms.payload.db as unknown as Drizzle
  const stamp = new Date().toISOString()
  const rows = events.map((data, i) => ({
    title: data.title,
    slug: `archive-${i}`,
    start: data.start,
    end: data.end ?? null,
    recurrence_frequency: data.recurrence?.frequency ?? 'none',
    recurrence_interval: 1,
    recurrence_count: data.recurrence?.count ?? null,
    cooperation: true,
    registration_mode: 'none',
    status: 'scheduled',
    lastDate: seriesEnd({ ...data, recurrence: data.recurrence as Recurrence })?.toISOString() ?? null,
    sequence: 0,
    _status: 'published',
    createdAt: stamp,
    updatedAt: stamp,
  }))
  for (let i = 0; i < rows.length; i += 500) await db.drizzle.insert(db.tables.events).values(rows.slice(i, i + 500))
}

beforeAll(async () => {
  cms = await startTestCms()
  http = await serveCmsReads(cms.config)
  process.env.CMS_URL = http.origin
  const past: ReturnType<typeof eventData>[] = []
  for (let i = 0; i < ENDED_SERIES; i += 1) {
    const first = day(-3600 + i * 4)
    past.push(
      eventData(`Série ${i}`, {
        start: parisTime(first, '18:00').toISOString(),
        end: parisTime(first, '20:00').toISOString(),
        recurrence: { frequency: 'weekly', count: 10 },
      }),
    )
  }
  for (let i = 0; i < PAST_ONE_OFFS; i += 1) {
    past.push(eventData(`Passé ${i}`, { start: parisTime(day(-3650 + i * 2), '14:00').toISOString() }))
  }
  await archive(past)
})

afterAll(async () => {
  await http?.close()
  await cms?.stop()
})

describe('the agenda read over years of archive', () => {
  it('still returns every current occurrence, and no series that ended before the window', async () => {
    const weekly = eventData('Atelier en cours', {
      start: parisTime(day(-30), '17:30').toISOString(),
      end: parisTime(day(-30), '19:00').toISOString(),
      recurrence: { frequency: 'weekly', until: day(20) },
    })
    const endless = eventData('Permanence sans fin', {
      start: parisTime(day(-400), '10:00').toISOString(),
      recurrence: { frequency: 'monthly', monthlyMode: 'weekdayOfMonth' },
    })
    const upcoming = Array.from({ length: 30 }, (_, i) =>
      eventData(`À venir ${i}`, { start: parisTime(day(1 + i * 2), '15:00').toISOString() }),
    )
    for (const data of [weekly, endless, ...upcoming]) await create(data)

    const { content } = await import('../../site/lib/content')
    const events = await content.eventsBetween(NOW, WINDOW_END)
    const entries = agendaBetween(events, NOW, WINDOW_END)

    expect(events.map((e) => e.title).filter((t) => t.startsWith('Série') || t.startsWith('Passé'))).toEqual([])
    expect(entries.filter((e) => e.event.title.startsWith('À venir'))).toHaveLength(30)
    // Three weeks of the weekly workshop are left (until day 20 inclusive, from day -30).
    expect(entries.filter((e) => e.event.title === 'Atelier en cours')).toHaveLength(3)
    expect(entries.filter((e) => e.event.title === 'Permanence sans fin').length).toBeGreaterThanOrEqual(2)
  })

  it('stores the end of the last date at save, and none for a series without end', async () => {
    const series = await create(
      eventData('Série de quatre', {
        start: parisTime('2027-03-06', '10:00').toISOString(),
        end: parisTime('2027-03-06', '12:00').toISOString(),
        recurrence: { frequency: 'monthly', monthlyMode: 'weekdayOfMonth', count: 4 },
      }),
    )
    expect(series.lastDate).toBe(parisTime('2027-06-05', '12:00').toISOString())
    const endless = await cms.payload.update({
      collection: slugs.events,
      id: series.id,
      data: { recurrence: { ...series.recurrence, count: null } },
      context: { skipInvalidation: true },
    })
    expect(endless.lastDate).toBeNull()
    expect(endless.sequence).toBe(series.sequence! + 1)
    await cms.payload.delete({ collection: slugs.events, id: series.id, context: { skipInvalidation: true } })
  })

  it('fills the last date of series saved before it was stored, as a save computes it', async () => {
    const weekdays = ['TU', 'TH'] as ('TU' | 'TH')[]
    const bounded = await create(
      eventData('Série d’avant', {
        start: parisTime('2027-04-06', '18:00').toISOString(),
        end: parisTime('2027-04-06', '20:00').toISOString(),
        recurrence: {
          frequency: 'weekly',
          weekdays,
          count: 6,
          excludedDates: [{ date: parisTime('2027-04-08', '12:00').toISOString() }],
          changes: [
            {
              occurrenceDate: parisTime('2027-04-22', '12:00').toISOString(),
              start: parisTime('2027-05-03', '18:00').toISOString(),
              end: parisTime('2027-05-03', '21:00').toISOString(),
            },
          ],
        },
      }),
    )
    const endless = await create(eventData('Sans fin d’avant', { recurrence: { frequency: 'weekly' } }))
    const db = (cms.payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
    const forget = (id: number) =>
      Promise.all([
        db.run(sql`UPDATE events SET last_date = NULL WHERE id = ${id}`),
        db.run(sql`UPDATE _events_v SET version_last_date = NULL WHERE parent_id = ${id}`),
      ])
    await forget(bounded.id)
    await forget(endless.id)

    await up({ db, payload: cms.payload, req: {} as MigrateUpArgs['req'] })

    const stored = async (id: number) => [
      (await db.get<{ last: string | null }>(sql`SELECT last_date AS last FROM events WHERE id = ${id}`))?.last,
      ...(
        await db.all<{ last: string | null }>(
          sql`SELECT version_last_date AS last FROM _events_v WHERE parent_id = ${id}`,
        )
      ).map((row) => row.last),
    ]
    // The moved sixth session (3 May, 21:00) is the last one to end.
    expect(bounded.lastDate).toBe(parisTime('2027-05-03', '21:00').toISOString())
    expect(new Set(await stored(bounded.id))).toEqual(new Set([bounded.lastDate]))
    expect(new Set(await stored(endless.id))).toEqual(new Set([null]))
    for (const { id } of [bounded, endless])
      await cms.payload.delete({ collection: slugs.events, id, context: { skipInvalidation: true } })
  })

  it('reads page after page when more events than one page fall in the window', async () => {
    const { content } = await import('../../site/lib/content')
    const { withCmsDeadline } = await import('../../site/lib/deadline')
    // The whole archive is in this window: more than one page of 1,000, every one returned. What
    // is checked is the paging, not the time: a page's 2.5 s budget can run out beside the other
    // lanes of npm test, so the read gets a budget no machine reaches.
    const events = await withCmsDeadline(120_000, () =>
      content.eventsBetween(new Date(NOW.getTime() - 3700 * DAY), NOW),
    )
    expect(events.length).toBeGreaterThanOrEqual(ENDED_SERIES + PAST_ONE_OFFS)
  })

  /**
   * The query plans of the reads of the events of the window (with `house`, of one house's only),
   * once the daily statistics ran: the count of the window's events and their first page.
   */
  async function windowReadPlans(house?: number): Promise<string[]> {
    const handler = refreshStatisticsTask.handler as (args: unknown) => Promise<unknown>
    const ran = await handler({ req: { payload: cms.payload } })
    expect(ran).toEqual({ output: { analysed: true } })
    const { content } = await import('../../site/lib/content')
    const client = (cms.payload.db as unknown as { client: Client }).client
    const execute = client.execute
    const seen: InStatement[] = []
    client.execute = ((stmt: InStatement) => {
      seen.push(stmt)
      return execute(stmt)
    }) as Client['execute']
    try {
      await content.eventsBetween(NOW, WINDOW_END, house)
    } finally {
      client.execute = execute
    }
    const reads = seen.filter(
      (stmt): stmt is Exclude<InStatement, string> =>
        typeof stmt !== 'string' && /from "events"/.test(stmt.sql) && stmt.sql.includes('"last_date"'),
    )
    expect(reads.length).toBeGreaterThanOrEqual(2)
    // On a connection of its own: the CMS's reading connection, once it explained a query, kept
    // reading the database as it was then (its later reads missed every later write).
    const explainer = createClient({ url: process.env.DATABASE_URI! })
    try {
      return await Promise.all(
        reads.map(async (read) => {
          const plan = await explainer.execute({ sql: `EXPLAIN QUERY PLAN ${read.sql}`, args: read.args })
          return plan.rows.map((row) => String(row.detail)).join('\n')
        }),
      )
    } finally {
      explainer.close()
    }
  }

  it('reads the events of a window through the index on their last date once the daily statistics ran', async () => {
    for (const steps of await windowReadPlans()) {
      expect(steps).toContain('events_last_date_idx')
      expect(steps).not.toMatch(/SCAN events\b|events__status_idx|events_start_idx/)
    }
  })

  // One house's events (its page) join the houses each event names. With statistics sampled from
  // 1,000 entries an index, SQLite took the published status, which every event here shares, for
  // a rare value, and counted the window's events through it over the whole table: 26 ms instead
  // of 1.4 on ten years of events. On this test's 2,500 events it may count them by reading the
  // table in the order of their ids, which its statistics say costs less than two index searches.
  it('never reads one house’s events through their published status once the daily statistics ran', async () => {
    for (const steps of await windowReadPlans(1)) expect(steps).not.toMatch(/events__status_idx|events_start_idx/)
  })
})

describe('the period the agenda shows', () => {
  const noFilters: AgendaFilters = {
    house: null,
    theme: null,
    audience: null,
    from: null,
    to: null,
    free: false,
    need: null,
  }

  // A busy week (six daily workshops) is shown alone from one read; the weeks after it (three
  // daily workshops) two weeks at a time; after them, a quiet season (a monthly meeting) is read on
  // to two months. Far from the other tests' window.
  it('shows a busy week from one read, a quieter one with the week after, and reads a quiet season on to two months', async () => {
    for (const [hour, until] of [
      ['09:00', day(206)],
      ['11:00', day(206)],
      ['13:00', day(206)],
      ['10:00', day(229)],
      ['14:00', day(229)],
      ['18:00', day(229)],
    ] as const)
      await create(
        eventData(`Atelier quotidien de ${hour}`, {
          start: parisTime(day(200), hour).toISOString(),
          recurrence: { frequency: 'daily', until },
        }),
      )
    const { content } = await import('../../site/lib/content')
    const { filteredAgenda } = await import('../../site/lib/filteredAgenda')
    const reads = vi.spyOn(content, 'eventsBetween')
    const workshops = (entries: { event: { title: string } }[]) =>
      entries.filter((entry) => entry.event.title.startsWith('Atelier quotidien'))
    try {
      const busy = await filteredAgenda(noFilters, parisTime(day(200), '08:00'), AGENDA_ENOUGH)
      expect(busy.to).toEqual(parisTime(day(207), '00:00'))
      expect(workshops(busy.entries)).toHaveLength(6 * 7)
      expect(reads).toHaveBeenCalledTimes(1)

      reads.mockClear()
      const quieter = await filteredAgenda(noFilters, parisTime(day(207), '08:00'), AGENDA_ENOUGH)
      expect(quieter.to).toEqual(parisTime(day(221), '00:00'))
      expect(workshops(quieter.entries)).toHaveLength(3 * 14)
      expect(reads).toHaveBeenCalledTimes(2)

      reads.mockClear()
      const quietStart = parisTime(day(230), '08:00')
      const quiet = await filteredAgenda(noFilters, quietStart, AGENDA_ENOUGH)
      expect(quiet.to).toEqual(parisTime(day(290), '00:00'))
      expect(quiet.entries.length).toBeLessThan(AGENDA_ENOUGH)
      expect(quiet.entries.map((entry) => entry.event.title)).toContain('Permanence sans fin')
      expect(reads.mock.calls.map(([, to]) => to)).toEqual([
        parisTime(day(237), '00:00'),
        parisTime(day(244), '00:00'),
        quiet.to,
      ])
    } finally {
      reads.mockRestore()
    }
  })
})
