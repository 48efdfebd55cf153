import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

/** Bodies the site reads are small (signed invalidations, residents' forms); anything beyond is cut off. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024

// Pages render on demand and are kept in the route cache until the CMS invalidates their tags.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'standalone', bodySizeLimit: MAX_REQUEST_BYTES }),
  // Only the agenda's house filter changes a page; the key ignores host names and other parameters.
  cache: {
    provider: {
      name: 'coope-route-cache',
      entrypoint: './site/lib/routeCache.ts',
      config: { max: 2000, allowedQuery: { '/agenda': ['maison'] } },
    },
  },
  // Stylesheets stay files so that the pages' Content-Security-Policy needs no inline style hashes.
  build: { inlineStylesheets: 'never' },
  // Scripts stay files too: the pages' Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: true },
  devToolbar: { enabled: false },
})
