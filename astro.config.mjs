import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

/** Bodies the site reads are small (signed invalidations, residents' forms); anything beyond is cut off. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024

/** The agenda's filters (site/lib/agendaFilters.ts, FILTER_PARAMS). */
const AGENDA_FILTERS = ['maison', 'theme', 'public', 'du', 'au', 'gratuit', 'accessible']

// Pages render on demand and are kept in the route cache until the CMS invalidates their tags.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'standalone', bodySizeLimit: MAX_REQUEST_BYTES }),
  // Only the agenda's filters (checked against what exists; a wrong value is redirected away) and the
  // archive's page number change a page; the key ignores host names and other parameters.
  cache: {
    provider: {
      name: 'coope-route-cache',
      entrypoint: './site/lib/routeCache.ts',
      config: {
        max: 2000,
        allowedQuery: {
          '/agenda': AGENDA_FILTERS,
          '/agenda.ics': AGENDA_FILTERS,
          '/agenda/widget': AGENDA_FILTERS,
          '/agenda/partager': AGENDA_FILTERS,
          '/agenda/archives': ['page'],
        },
      },
    },
  },
  // Stylesheets stay files so that the pages' Content-Security-Policy needs no inline style hashes.
  build: { inlineStylesheets: 'never' },
  server: { host: true },
  devToolbar: { enabled: false },
})
