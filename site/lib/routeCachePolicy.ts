import type { RouteCacheConfig } from './routeCache'

/**
 * What the route cache keeps: at most `max` pages, and for each path only the query parameters
 * its page reads (the agenda's house filter); every other parameter is ignored by the key.
 * Shared by the Astro configuration (the provider) and the site's front handler (site/front.ts).
 */
export const ROUTE_CACHE: RouteCacheConfig = { max: 2000, allowedQuery: { '/agenda': ['maison'] } }
