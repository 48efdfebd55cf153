import type { AgendaEvent } from '../../schemas/content/event'
import { addParisDays, parisTime } from '../../schemas/recurrence'
import { buildCalendar, serialiseCalendar } from '../../site/lib/feeds/icalendar'

/**
 * 2,000 events as the houses make them: one in five a weekly series of ten dates with an
 * excluded, a moved and a cancelled date; the rest one-off. Dated from `now` on.
 */
export function generatedEvents(now: Date, count = 2000): AgendaEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = addParisDays(now, i % 365)
    const series = i % 5 === 0
    const planned = (week: number) => parisTime(addParisDays(parisTime(day, '12:00'), 7 * week), '12:00').toISOString()
    return {
      id: i + 1,
      title: `Rendez-vous ${i}`,
      slug: `rendez-vous-${i}`,
      summary: 'Un moment de quartier, ouvert à toutes et à tous, avec un goûter partagé.',
      start: parisTime(day, '18:00').toISOString(),
      end: parisTime(day, '20:00').toISOString(),
      cooperation: true,
      venue: { kind: 'elsewhere', name: 'Salle des fêtes', address: { street: '3 place de la Mairie', city: 'Tours' } },
      recurrence: series
        ? {
            frequency: 'weekly',
            count: 10,
            excludedDates: [{ date: planned(3) }],
            changes: [
              {
                occurrenceDate: planned(5),
                start: parisTime(addParisDays(parisTime(day, '12:00'), 36), '14:00').toISOString(),
              },
              { occurrenceDate: planned(7), cancelled: true, note: 'Salle prise' },
            ],
          }
        : { frequency: 'none' },
      status: 'scheduled',
      sequence: 1,
      updatedAt: now.toISOString(),
    }
  })
}

/** Milliseconds to build and serialise the iCalendar document of `events`, `rounds` times. */
export function timeCalendar(events: AgendaEvent[], rounds: number): { ms: number[]; bytes: number } {
  const ms: number[] = []
  let bytes = 0
  for (let i = 0; i < rounds; i++) {
    const started = performance.now()
    const text = serialiseCalendar(buildCalendar(events, { name: 'Agenda', siteUrl: 'http://localhost:4420' }))
    ms.push(performance.now() - started)
    bytes = Buffer.byteLength(text)
  }
  return { ms, bytes }
}
