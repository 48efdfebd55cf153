import { AgendaEvent } from '../../../schemas/content/event'
import { archivePage, type Id, page } from '../../../schemas/content/common'
import { slugs } from '../../../schemas/slugs'
import { KeptDocuments } from './keptDocuments'
import { bySlug, eventDepth, eventsIn, involving, listedEvent } from './queries'
import { oneOf, read, showing } from './read'
import { readAllKept } from './readKept'

const showingEvents = showing(slugs.events, slugs.houses, slugs.themes, slugs.media)

/**
 * Events as listings show them (`eventsIn`), kept between renders: their houses, themes and
 * project are populated, so a change to one of those drops them all. 3,000 events, about two years
 * of the ten-year corpus, weigh about 15 MB; none is kept more than an hour.
 */
export const listedEvents = new KeptDocuments<AgendaEvent>(
  new Set([slugs.houses, slugs.themes, slugs.projects, slugs.media]),
  3000,
  3_600_000,
)

/** Reads of the agenda's events. */
export const agendaReads = {
  /**
   * Every event that may have an occurrence in [from, to): it starts before `to`, and its last
   * date (stored by the CMS at save; empty for an endless series) ends at or after `from`. Read
   * page by page, so nothing is cut off silently; see `readAll`. With `house`, only the events that
   * house takes part in (`involving`). Events unchanged since an earlier read come from
   * `listedEvents`.
   */
  eventsBetween: (from: Date, to: Date, house?: Id) =>
    readAllKept(
      slugs.events,
      { ...eventsIn(from, to), ...(house === undefined ? {} : involving(house)) },
      AgendaEvent,
      showingEvents,
      listedEvents,
    ),
  /** The events of one project that may have an occurrence in [from, to), as `eventsBetween`. */
  projectEventsBetween: (projectId: Id, from: Date, to: Date) =>
    readAllKept(
      slugs.events,
      { ...eventsIn(from, to), 'where[and][2][project][equals]': projectId },
      AgendaEvent,
      showingEvents,
      listedEvents,
    ),
  /** One page (1-based) of the events whose last date ended before `before`, the latest first. */
  pastEvents: (before: Date, pageNumber: number, limit: number) =>
    read(
      slugs.events,
      {
        'where[lastDate][less_than]': before.toISOString(),
        sort: '-lastDate',
        limit,
        page: pageNumber,
        ...eventDepth,
        ...listedEvent,
      },
      archivePage(AgendaEvent),
      showingEvents,
    ),
  event: async (slug: string) =>
    (
      await read(
        slugs.events,
        { ...bySlug(slug), ...eventDepth },
        page(AgendaEvent),
        oneOf(slugs.events, slugs.houses, slugs.themes, slugs.media, slugs.projects),
        { previewable: true },
      )
    ).docs[0] ?? null,
}
