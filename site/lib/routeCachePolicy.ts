import type { RouteCacheConfig } from './routeCache'

/**
 * What the route cache keeps: at most `max` pages and 64 MiB of their bodies, and for each path
 * only the query parameters its page reads (the agenda's filters, a paginated listing's page); every other
 * parameter is ignored by the key.
 * Shared by the Astro configuration (the provider) and the site's front handler (site/front.ts).
 */
import { OUTSIDE_ISSUES } from '../../schemas/addresses'
import { FILTER_PARAMS } from './agendaParams'

/** The agenda's filters: checked against what exists by each page, a wrong value redirected away. */
const AGENDA_FILTERS = [...FILTER_PARAMS]

export const ROUTE_CACHE: RouteCacheConfig = {
  max: 2000,
  maxBytes: 64 * 1024 * 1024,
  allowedQuery: {
    '/agenda': AGENDA_FILTERS,
    '/agenda.ics': AGENDA_FILTERS,
    '/agenda/widget': AGENDA_FILTERS,
    '/agenda/partager': AGENDA_FILTERS,
    '/agenda/archives': ['page'],
    '/journal': ['page'],
    [`/journal/${OUTSIDE_ISSUES}`]: ['page'],
    '/projets': ['page'],
    '/contributions': ['page'],
    '/radio/*': ['page'],
    '/radio/feed.xml': [],
  },
}
