import { AgendaEvent } from '../../../schemas/content/event'
import { archivePage, type Id, page } from '../../../schemas/content/common'
import { slugs } from '../../../schemas/slugs'
import { FRESH_FOR } from '../cache'
import { KeptDocuments } from './keptDocuments'
import { bySlug, eventDepth, eventsIn, involving, listedEvent } from './queries'
import { oneOf, read, showing } from './read'
import { readAllKept } from './readKept'

/** Listings show events with their houses, themes and project (`eventDepth`). */
const showingEvents = showing(slugs.events, slugs.houses, slugs.themes, slugs.projects, slugs.media)

/**
 * Events as listings show them (`eventsIn`), kept between renders: their houses, themes and
 * project are populated, so a change to one of those drops them all. None is kept longer than a
 * timely page stays fresh and may be served stale (`FRESH_FOR.timely`), so a change whose
 * announcement was lost shows as soon on a listing as on a cached page. 3,000 events are about two
 * years of the ten-year corpus.
 */
export const listedEvents = new KeptDocuments<AgendaEvent>(
  new Set([slugs.houses, slugs.themes, slugs.projects, slugs.media]),
  3000,
  (FRESH_FOR.timely.maxAge + FRESH_FOR.timely.swr) * 1000,
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
