import type { Access } from 'payload'

import { hasRole, houseIdsOf } from './staff'

/**
 * Who reads contributions: moderation all of them; an editor the published ones and those that
 * moderation marked as concerning one of their houses (field rules still hide the contributor's
 * identity from them); everyone else only the published ones.
 */
export const contributionReaders: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'moderator')) return true
  const published = { status: { equals: 'published' } }
  const houses = hasRole(req.user, 'editor') ? houseIdsOf(req.user) : []
  return houses.length > 0 ? { or: [published, { houses: { in: houses } }] } : published
}
