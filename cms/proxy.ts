import { type NextRequest, NextResponse } from 'next/server'

import { baseSecurityHeaders, isHttps, NON_DOCUMENT_CSP } from '../schemas/http/securityHeaders'
import { adminCsp } from './http/adminPolicy'

/**
 * Every response of the CMS gets the security headers: the admin's pages a policy with a fresh
 * nonce (Next.js reads it from the request's Content-Security-Policy and puts it on its scripts),
 * everything else (the REST API, uploaded files, Next's static chunks) a policy that allows nothing.
 */
export function proxy(request: NextRequest): NextResponse {
  const https = isHttps(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol === 'https:')
  const isAdminPage = request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')
  const csp = isAdminPage
    ? adminCsp({
        nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64'),
        https,
        development: process.env.NODE_ENV === 'development',
        siteOrigin: new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin,
      })
    : NON_DOCUMENT_CSP
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https }))) response.headers.set(name, value)
  response.headers.set('Content-Security-Policy', csp)
  return response
}
