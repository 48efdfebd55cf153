import { REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { FORM_COOKIE, issueFormToken } from '../../site/lib/contributions/formToken'
import { receiveWithinLimits } from '../../site/lib/contributions/limited'
import type { ContributionLimits } from '../../site/lib/contributions/rateLimit'
import { type Forward, type Received, receiveContribution } from '../../site/lib/contributions/receive'
import { withdrawContribution, type Withdrawal } from '../../site/lib/contributions/withdraw'
import { type FormFile, formData } from './contributionForm'

/** A request the way the CMS server hands it to Payload's REST handlers. */
function cmsPost(config: SanitizedConfig, path: string) {
  const route = REST_POST(Promise.resolve(config))
  return (body: BodyInit, headers: Headers) =>
    route(new Request(`http://localhost:3000/api/${path}`, { method: 'POST', headers, body }), {
      params: Promise.resolve({ slug: path.split('/') }),
    })
}

export type Post = {
  fields?: Record<string, string>
  files?: FormFile[]
  /** Files before the text fields (a browser sends them in the page's order). */
  filesFirst?: boolean
  /** The form token: a valid one shown 5 seconds ago unless given. */
  token?: string | null
  /** The cookie's nonce: the token's own unless given. */
  cookie?: string | null
  contentType?: string
  body?: BodyInit
  wait?: number
  /**
   * The form's limits and the sender's address (and, behind a trusted proxy, the address it forwarded):
   * the send goes through them, as on the page (`wait` is then ignored).
   */
  limits?: { limits: ContributionLimits; client: string; forwardedFor?: string; trustProxy?: boolean }
}

/**
 * The site's contribution handler (`site/lib/contributions/receive.ts`) wired to a real CMS in this
 * process: what `POST /contribuer` does, without a built site.
 */
export function contributionSite(config: SanitizedConfig) {
  const secret = process.env.CONTRIBUTION_SERVICE_SECRET ?? ''
  const submit = cmsPost(config, 'contributions/submit')
  const forward: Forward = (form, headers) => submit(form, headers)
  const withdraw = cmsPost(config, 'contributions/withdraw')
  return {
    async post({
      fields = {},
      files = [],
      filesFirst = false,
      token,
      cookie,
      contentType,
      body,
      wait = 0,
      limits,
    }: Post): Promise<Received> {
      const issued = issueFormToken(secret, Date.now() - 5_000)
      const form = formData({ ...fields, ...(token === null ? {} : { formToken: token ?? issued.token }) }, files, {
        filesFirst,
      })
      const headers = new Headers()
      if (contentType) headers.set('content-type', contentType)
      if (limits?.forwardedFor) headers.set('x-forwarded-for', limits.forwardedFor)
      const request = new Request('http://localhost:4321/contribuer', { method: 'POST', body: body ?? form, headers })
      const cookieNonce = cookie === null ? undefined : (cookie ?? issued.nonce)
      if (limits) {
        const sender = { socketAddress: limits.client, trustProxy: limits.trustProxy ?? false }
        return receiveWithinLimits(request, sender, limits.limits, { secret, cookieNonce, forward })
      }
      return receiveContribution(request, { secret, cookieNonce, wait, forward })
    },
    withdraw(reference: string, key: string): Promise<Withdrawal> {
      const request = new Request('http://localhost:4321/contribuer/retrait', {
        method: 'POST',
        body: new URLSearchParams({ reference, cle: key }),
      })
      return withdrawContribution(request, secret, (text, headers) => withdraw(text, headers))
    },
    cookieName: FORM_COOKIE,
  }
}
