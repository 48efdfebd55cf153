import { defineMiddleware } from 'astro:middleware'

import { chromeTags, CmsUnavailableError } from './lib/content'
import { loadChrome } from './lib/chrome'

/**
 * Runs only on a cache miss (the route cache answers hits before any middleware). Loads the frame
 * every page shares, and turns an unreachable CMS into a plain French page: status 503, never
 * cached, no trace. Cached pages keep being served meanwhile.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.url.pathname.startsWith('/api/')) return next()
  try {
    context.locals.chrome = await loadChrome()
    if (context.cache.enabled) context.cache.set({ tags: chromeTags })
    return await next()
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error
    console.error(`[site] ${error.message}`)
    if (context.cache.enabled) context.cache.set(false)
    return new Response(unavailablePage, {
      status: 503,
      headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '30', 'cache-control': 'no-store' },
    })
  }
})

const unavailablePage = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Site momentanément indisponible · la Coopé</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1b1f;background:#fff8ee}h1{color:#0b5563}</style>
</head><body><main><h1>Le site est momentanément indisponible</h1>
<p>Nous ne pouvons pas afficher cette page pour le moment. Réessayez dans quelques minutes.</p>
<p>Pour une information urgente, contactez l’accueil de votre maison.</p></main></body></html>`
