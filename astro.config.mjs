import node from '@astrojs/node'
import { defineConfig, memoryCache } from 'astro/config'

// Pages render on demand and are kept in the route cache until the CMS invalidates their tags.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // Only the agenda's house filter changes a page: other query strings share the cached page.
  cache: { provider: memoryCache({ max: 2000, query: { include: ['maison'] } }) },
  server: { host: true },
  devToolbar: { enabled: false },
})
