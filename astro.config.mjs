import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { ROUTE_CACHE } from './site/lib/routeCachePolicy'

/** Bodies the site reads are small (signed invalidations, residents' forms); anything beyond is cut off. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024

// Pages render on demand and are kept in the route cache until the CMS invalidates their tags.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'standalone', bodySizeLimit: MAX_REQUEST_BYTES }),
  // The key ignores host names and every query parameter a page does not read (routeCachePolicy.ts).
  cache: {
    provider: {
      name: 'coope-route-cache',
      entrypoint: './site/lib/routeCache.ts',
      config: ROUTE_CACHE,
    },
  },
  // Stylesheets stay files so that the pages' Content-Security-Policy needs no inline style hashes.
  build: { inlineStylesheets: 'never' },
  // Scripts stay files too: the pages' Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: true },
  devToolbar: { enabled: false },
})
