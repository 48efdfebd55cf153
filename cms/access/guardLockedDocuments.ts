import type { SanitizedConfig } from 'payload'

import { createLock, deleteLock, lockedDocumentsSlug, readLocks, updateLock } from './locks'

/**
 * Payload adds its locks collection while it sanitises the configuration, with "any signed-in user"
 * on every door and no way to configure it beforehand; its rules are set here, on the result.
 */
export function guardLockedDocuments(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === lockedDocumentsSlug)
  if (locks)
    locks.access = { ...locks.access, create: createLock, read: readLocks, update: updateLock, delete: deleteLock }
  return config
}
