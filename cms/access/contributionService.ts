import { createHash, timingSafeEqual } from 'node:crypto'

import type { Access, PayloadRequest } from 'payload'

import { CONTRIBUTION_SERVICE_HEADER } from '../../schemas/contributions/service'
import { cmsEnv } from '../env'
import { hasRole } from './staff'

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Is the request the site's contribution service? It proves itself with the shared
 * `CONTRIBUTION_SERVICE_SECRET` in a header of its own (not `Authorization`, which Payload reads
 * for staff sign-in); the comparison takes the same time whatever the header holds.
 */
export const isContributionService = (req: Pick<PayloadRequest, 'headers'>): boolean => {
  const sent = req.headers?.get(CONTRIBUTION_SERVICE_HEADER)
  if (!sent) return false
  return timingSafeEqual(digest(sent), digest(cmsEnv().CONTRIBUTION_SERVICE_SECRET))
}

/**
 * Moderation, or the site's contribution service: who may file a contribution or one of its files.
 * The service is given nothing else anywhere: no read, update or delete.
 */
export const moderatorsOrContributionService: Access = (args) =>
  hasRole(args.req.user, 'admin', 'moderator') || isContributionService(args.req)
