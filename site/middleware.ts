import { STATUS_CODES } from 'node:http'

import type { APIContext, MiddlewareNext } from 'astro'
import { defineMiddleware } from 'astro:middleware'

import { FRAMEABLE_PATHS } from '../schemas/http/securityHeaders'
import { verifyPreviewToken } from '../schemas/previewToken'
import { CmsUnavailableError } from './lib/content'
import { chromeOfFormPage, loadChrome } from './lib/chrome'
import { CMS_BUDGET_MS, withCmsDeadline } from './lib/deadline'
import { siteEnv } from './lib/env'
import { isCrossSiteForm } from './lib/formOrigin'
import { isModuleLoadFailure } from './lib/moduleLoadFailure'
import { inlineStyles, pageCsp } from './lib/pagePolicy'
import { PreviewRefusedError, previewTokenOf, refusedPreviewPage, withPreview } from './lib/preview'
import { recordingReadTags } from './lib/readTags'
import { ensureSearchIndex } from './lib/search/searchIndex'
import { plainPage, unavailablePage, unavailableStyle } from './lib/unavailablePage'

/**
 * Runs only on a cache miss (the route cache answers hits before any middleware, with the headers
 * stored here). Records the cache tags of every CMS read made while rendering (`lib/readTags.ts`),
 * loads the frame every page shares, gives each page the Content-Security-Policy that
 * allows exactly its inline styles (by hash), and turns an unreachable CMS, or a page module that
 * cannot be loaded (the build replaced under the running site), into a plain French page: status
 * 503, never cached, no trace. Any other error is Astro's to render: pages/500.astro. Cached pages
 * keep being served meanwhile. A preview address (`?apercu=<token>`, see lib/preview.ts) renders
 * the page with the previewed draft: never cached, never indexed, framed only by the admin's live
 * preview pane. A form another site made a visitor's browser send is refused first, unread
 * (`lib/formOrigin.ts`), with a French page.
 */
export const onRequest = defineMiddleware((context, next) => {
  if (isCrossSiteForm(context.request, context.url, new URL(siteEnv().SITE_URL).origin)) return refusedForm(context)
  // Outside any page's rendering, so that the index's CMS reads tag no page.
  ensureSearchIndex()
  // The site's own endpoints (cache invalidation) need no frame; an unknown address under /api/ is
  // the 404 page (its route pattern /404), which does.
  if (context.routePattern.startsWith('/api/')) return next()
  const previewToken = previewTokenOf(context.url)
  if (previewToken) {
    // Checked here, before anything is rendered or read: any page asked with a forged token would
    // otherwise be rendered anew for each request, past the cache.
    const grant = verifyPreviewToken(siteEnv().SITE_INVALIDATION_SECRET, previewToken)
    if (grant === 'invalid' || grant === 'expired') return refusedPreview(context, grant === 'expired')
    return withPreview(previewToken, () => withCmsDeadline(CMS_BUDGET_MS, () => preview(context, next)))
  }
  return recordingReadTags(context.cache, () => withCmsDeadline(CMS_BUDGET_MS, () => render(context, next)))
})

async function preview(context: APIContext, next: MiddlewareNext): Promise<Response> {
  context.locals.preview = true
  if (context.cache.enabled) context.cache.set(false)
  const response = await render(context, next)
  for (const header of ['CDN-Cache-Control', 'Cache-Tag']) response.headers.delete(header)
  response.headers.set('cache-control', 'no-store')
  response.headers.set('x-robots-tag', 'noindex')
  return response
}

/** Who may show a page in a frame: partners' sites the widget, the admin's live preview pane a preview. */
function frameAncestors(context: APIContext): string[] {
  if (context.locals.preview) return [new URL(siteEnv().CMS_URL).origin]
  return FRAMEABLE_PATHS.includes(context.url.pathname) ? ['*'] : ["'none'"]
}

/**
 * Pages never cached that render even when the CMS cannot answer, with the frame `chromeOfFormPage`
 * gives: what a resident typed in them must come back with the French message, not be lost to the
 * 503 page.
 */
const WORKS_WITHOUT_CMS = new Set(['/contribuer', '/contribuer/retrait'])

/**
 * The Content-Security-Policy of a page of `context` whose inline styles are `styles`
 * (`lib/pagePolicy.ts`). Whether it asks browsers to upgrade insecure requests follows the site's
 * public address (SITE_URL), never a request header: the policy is kept with the cached page, and
 * a client's `X-Forwarded-Proto: https` on a site served over http would otherwise have every
 * visitor's images asked over https, and fail.
 */
const policyOf = (context: APIContext, styles: string[], wasm = false) =>
  pageCsp({
    cmsOrigin: new URL(siteEnv().CMS_URL).origin,
    inlineStyles: styles,
    wasm,
    https: new URL(siteEnv().SITE_URL).protocol === 'https:',
    frameAncestors: frameAncestors(context),
  })

/** The French page of a form sent from another site, in place of Astro's English line (`astro.config.mjs`). */
const crossSiteFormPage = plainPage({
  title: 'Formulaire refusé',
  heading: 'Ce formulaire n’a pas été reçu',
  paragraphs: [
    'Il a été envoyé depuis un autre site que celui de la Coopé. Pour votre sécurité, nous ne l’avons pas lu.',
    'Pour nous écrire, ouvrez le formulaire sur le site de la Coopé et envoyez-le de là.',
  ],
  noindex: true,
})

function refusedForm(context: APIContext): Response {
  return new Response(crossSiteFormPage, {
    status: 403,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': policyOf(context, [unavailableStyle]),
    },
  })
}

/** The French page of a preview address the site or the CMS refuses: 410 once expired, else 403. */
const refusedPreview = (context: APIContext, expired: boolean): Response =>
  new Response(refusedPreviewPage(expired), {
    status: expired ? 410 : 403,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      'content-security-policy': policyOf(context, [unavailableStyle]),
    },
  })

async function render(context: APIContext, next: MiddlewareNext): Promise<Response> {
  const csp = (styles: string[], wasm = false) => policyOf(context, styles, wasm)
  try {
    // Not awaited here: the page starts its own reads meanwhile, and they go to the CMS in the same
    // request as the frame's (`lib/content/readBatch.ts`), which saves the CMS a request per render.
    const chrome = WORKS_WITHOUT_CMS.has(context.url.pathname) ? chromeOfFormPage() : loadChrome()
    // Its failure is handled below, once the page is rendered: never an unhandled rejection before.
    chrome.catch(() => undefined)
    context.locals.chrome = chrome
    const response = await next()
    // A page that did not show the frame fails all the same when it could not be read: every page
    // of the site has one.
    await chrome
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response
    // The page's styles are inline (astro.config.mjs): the policy allows exactly those it holds.
    const html = await response.text()
    const headers = new Headers(response.headers)
    headers.set('content-security-policy', csp(inlineStyles(html), context.locals.runsWasm === true))
    // A page that sets its own status (429, 503…) keeps Astro's "OK" reason phrase otherwise.
    return new Response(html, { status: response.status, statusText: STATUS_CODES[response.status] ?? '', headers })
  } catch (error) {
    if (error instanceof PreviewRefusedError) return refusedPreview(context, error.expired)
    if (isModuleLoadFailure(error)) {
      console.error(
        `[site] ${context.url.pathname}: a module of the build cannot be loaded (was dist/ replaced?): ${String(error)}`,
      )
    } else if (error instanceof CmsUnavailableError) console.error(`[site] ${error.message}`)
    else throw error
    if (context.cache.enabled) context.cache.set(false)
    return new Response(unavailablePage, {
      status: 503,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'retry-after': '30',
        'cache-control': 'no-store',
        'content-security-policy': csp([unavailableStyle]),
      },
    })
  }
}
