import { siteEnv } from '../env'
import type { Forward } from './receive'

/** Sends a checked contribution to the CMS (`POST /api/contributions/submit`); 30 s for the files to go. */
export const forwardToCms: Forward = (form, headers) =>
  fetch(new URL('/api/contributions/submit', siteEnv().CMS_URL), {
    method: 'POST',
    body: form,
    headers,
    signal: AbortSignal.timeout(30_000),
  })
