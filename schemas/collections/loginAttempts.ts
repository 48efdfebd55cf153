import type { CollectionSchema } from '../collection'
import { slugs } from '../slugs'

/**
 * Counters of sign-in, forgot-password and reset attempts, one per key (an action and a client
 * address, or an account). Kept in the database so that every CMS process counts the same attempts.
 */
export const loginAttemptsSchema: CollectionSchema = {
  slug: slugs.loginAttempts,
  labels: { singular: 'Tentative de connexion', plural: 'Tentatives de connexion' },
  admin: { hidden: true },
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'windowStart', type: 'date', required: true },
    { name: 'lastAttemptAt', type: 'date', required: true },
  ],
}
