import { addParisDays, expandOccurrences, parisTime, type Schedule } from '../../../schemas/recurrence'
import { TIME_ZONE, slugs } from '../../../schemas/slugs'
import { events } from '../content/events'
import type { DemoEvent } from '../content/types'
import { isFrenchPublicHoliday } from '../frenchHolidays'
import { toRichText } from '../lexical'
import { demoImage, idOf, published, type SeedContext } from './context'

/** The planned days of a demo recurrence, so exclusions and cancellations can name them by index. */
function plannedDays(schedule: Schedule): string[] {
  const start = new Date(schedule.start)
  const twoYears = new Date(start.getTime() + 730 * 86_400_000)
  return expandOccurrences(schedule, start, twoYears).map((o) => o.key)
}

/** The day itself, or the next one that is not a public holiday (no breakfast on 25 December). */
function openDay(day: string): string {
  let open = day
  while (isFrenchPublicHoliday(open)) open = addParisDays(parisTime(open, '12:00'), 1)
  return open
}

function schedule(event: DemoEvent, now: Date) {
  const on = (day: string) => ({
    start: parisTime(day, event.startTime).toISOString(),
    end: parisTime(day, event.endTime).toISOString(),
  })
  const earliest = openDay(addParisDays(now, event.dayOffset))
  if (!event.recurrence) return { ...on(earliest), recurrence: { frequency: 'none' as const } }
  const { frequency, interval, weekdays, count, excluded = [], cancelled = [], moved = [] } = event.recurrence
  const recurrence = { frequency, interval: interval ?? 1, weekdays: weekdays ?? null, count }
  // The day offset is the earliest day; the event starts on the rule's first date, as iCalendar expects.
  const days = plannedDays({ ...on(earliest), recurrence })
  const dayAt = (index: number) => {
    const planned = days[index]
    if (!planned) throw new Error(`Demo event "${event.slug}" has no occurrence ${index}.`)
    return parisTime(planned, '12:00').toISOString()
  }
  return {
    ...on(days[0] ?? earliest),
    recurrence: {
      ...recurrence,
      // The houses are closed on public holidays: those dates of a series have no session.
      excludedDates: [
        ...excluded.map((index) => ({ date: dayAt(index) })),
        ...days.filter(isFrenchPublicHoliday).map((day) => ({ date: parisTime(day, '12:00').toISOString() })),
      ],
      changes: [
        ...cancelled.map(({ index, note }) => ({ occurrenceDate: dayAt(index), cancelled: true, note })),
        ...moved.map(({ index, days: later, startTime, endTime, note }) => {
          const day = openDay(addParisDays(new Date(dayAt(index)), later))
          return {
            occurrenceDate: dayAt(index),
            start: parisTime(day, startTime).toISOString(),
            end: parisTime(day, endTime).toISOString(),
            note,
          }
        }),
      ],
    },
  }
}

/** About thirty events over the coming two months, dated from the day the seed runs. */
export async function seedAgenda(context: SeedContext): Promise<void> {
  const { payload, req, now } = context
  for (const event of events) {
    const {
      dayOffset,
      startTime,
      endTime,
      recurrence,
      description,
      houses,
      project,
      venue,
      themes,
      neighbourhoods,
      image,
      imageAlt,
      ...data
    } = event
    await payload.create({
      collection: slugs.events,
      data: {
        ...data,
        ...published,
        status: data.status ?? 'scheduled',
        ...schedule(event, now),
        start_tz: TIME_ZONE,
        end_tz: TIME_ZONE,
        description: toRichText(description),
        houses: houses.map((key) => idOf(context, `house:${key}`)),
        project: project ? idOf(context, `project:${project}`) : undefined,
        venue:
          'house' in venue
            ? { kind: 'house' as const, house: idOf(context, `house:${venue.house}`) }
            : {
                kind: 'elsewhere' as const,
                name: venue.name,
                address: { street: venue.street, postalCode: venue.postalCode, city: venue.city },
              },
        themes: themes.map((slug) => idOf(context, `theme:${slug}`)),
        neighbourhoods: (neighbourhoods ?? []).map((slug) => idOf(context, `neighbourhood:${slug}`)),
        image: image ? await demoImage(context, image, imageAlt ?? '') : undefined,
      },
      req,
    })
  }
}
