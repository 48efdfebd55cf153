import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { ROUTE_CACHE } from './site/lib/routeCachePolicy'

/**
 * Beyond this a request body is cut off. Each route reads its body within its own smaller limits
 * (signed invalidations: 64 KiB; the contribution form keeps 15 MiB of files and reads the rest
 * only to reach the text after it, see site/lib/contributions/readForm.ts, so that a phone video
 * picked by mistake still gives the form back filled in; the form's script says so before sending).
 */
const MAX_REQUEST_BYTES = 256 * 1024 * 1024

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
  // Each page carries its few kilobytes of styles: no render-blocking request before the first
  // paint on a slow mobile connection (docs/decisions/0008). The page's Content-Security-Policy
  // allows each inline <style> by its hash (site/middleware.ts).
  build: { inlineStylesheets: 'always' },
  // Scripts stay files too: the pages' Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: true },
  // Forms sent from other sites are refused by site/middleware.ts instead (lib/formOrigin.ts): Astro
  // compares their Origin with the address the server saw, http behind a proxy that ends TLS, so it
  // refused every form there, and it answers in English.
  security: { checkOrigin: false },
  devToolbar: { enabled: false },
})
