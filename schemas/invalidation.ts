import { createHmac, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

/**
 * How far from now a signed invalidation's time may be, in ms, for it to be accepted; within that
 * window the site takes each signature once (`site/lib/invalidationReplays.ts`).
 */
export const INVALIDATION_MAX_AGE_MS = 5 * 60 * 1000

/**
 * Which cache tags changed. `stillPublic`: the change leaves what it touched public (a correction, a
 * new publication), so the site may keep showing the old page while it cannot render the new one;
 * absent or false (an unpublication, a deletion), the old page must never be shown again.
 */
export const InvalidationRequest = z.object({
  tags: z.array(z.string().min(1).max(200)).min(1).max(200),
  stillPublic: z.boolean().optional(),
})
export type InvalidationRequest = z.infer<typeof InvalidationRequest>

const mac = (timestamp: string, body: string, secret: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

export function signInvalidation(body: string, secret: string, now = Date.now()): string {
  const timestamp = String(now)
  return `t=${timestamp},v1=${mac(timestamp, body, secret)}`
}

export function verifyInvalidation(body: string, header: string | null, secret: string, now = Date.now()): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '')
  if (!match) return false
  const [, timestamp, signature] = match as unknown as [string, string, string]
  if (Math.abs(now - Number(timestamp)) > INVALIDATION_MAX_AGE_MS) return false
  return timingSafeEqual(Buffer.from(signature, 'hex'), Buffer.from(mac(timestamp, body, secret), 'hex'))
}
