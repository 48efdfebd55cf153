import type { Access, PayloadRequest, Where } from 'payload'

import { mayUpdateDocument, type Target } from './mayUpdateDocument'
import { hasRole, refId } from './staff'

/** What Payload stores in a lock: the locked document (or global) and who holds the lock. */
type LockData = {
  document?: { relationTo: string; value: number | string | { id: number | string } } | null
  globalSlug?: string | null
  user?: { relationTo: string; value: number | string | { id: number | string } } | number | string | null
}

export const lockedDocumentsSlug = 'payload-locked-documents'

const targetOf = (lock: LockData): Target | undefined => {
  if (lock.document) return { collection: lock.document.relationTo, id: refId(lock.document.value) }
  if (lock.globalSlug) return { global: lock.globalSlug }
  return undefined
}

/** A lock is always in the name of whoever sets it: nobody locks a document in someone else's name. */
const inOwnName = (req: PayloadRequest, user: LockData['user']): boolean => {
  if (!req.user || user === undefined || user === null) return false
  if (typeof user === 'object')
    return user.relationTo === req.user.collection && refId(user.value) === String(req.user.id)
  return String(user) === String(req.user.id)
}

const mayUpdateTarget = async (req: PayloadRequest, lock: LockData): Promise<boolean> => {
  const target = targetOf(lock)
  return target ? mayUpdateDocument(req, target) : false
}

const ownLocks = (req: PayloadRequest): Where => ({
  and: [{ 'user.relationTo': { equals: req.user?.collection } }, { 'user.value': { equals: req.user?.id } }],
})

const storedLock = async (req: PayloadRequest, id: number | string): Promise<LockData | null> =>
  (await req.payload.findByID({
    collection: lockedDocumentsSlug,
    id,
    depth: 0,
    req,
    disableErrors: true,
  })) as LockData | null

/**
 * Setting a lock blocks the document's editors: only someone who may change it may lock it. The
 * admin's permissions ask without data; the answer is then no (it sets locks itself, not over HTTP).
 */
export const createLock: Access = async ({ req, data }) => {
  const lock = (data ?? {}) as LockData
  return Boolean(req.user) && inOwnName(req, lock.user) && mayUpdateTarget(req, lock)
}

/**
 * Locks are seen by those who may edit documents of the locked kind (so the admin can say who is
 * editing), and one's own locks always.
 */
export const readLocks: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  const collections: string[] = []
  for (const [slug, { config }] of Object.entries(req.payload.collections)) {
    const lockable = config.lockDocuments !== false
    if (lockable && (await config.access.update?.({ req })) !== false) collections.push(slug)
  }
  const globals: string[] = []
  for (const global of req.payload.config.globals) {
    if (await global.access.update?.({ req })) globals.push(global.slug)
  }
  // Payload queries a polymorphic relationship's collection with `equals` only, hence one clause each.
  const kinds: Where[] = collections.map((slug) => ({ 'document.relationTo': { equals: slug } }))
  return { or: [ownLocks(req), ...kinds, { globalSlug: { in: globals } }] }
}

/**
 * Taking over a lock (the admin's "take over") or moving it: the lock stays in the caller's name and
 * on documents the caller may change. Without an id (an update by `where`) only one's own locks.
 */
export const updateLock: Access = async ({ req, id, data }) => {
  if (!req.user) return false
  const changes = (data ?? {}) as LockData
  if ('user' in changes && !inOwnName(req, changes.user)) return false
  if ((changes.document || changes.globalSlug) && !(await mayUpdateTarget(req, changes))) return false
  if (id === undefined) return ownLocks(req)
  const stored = await storedLock(req, id)
  return stored !== null && mayUpdateTarget(req, stored)
}

/** Releasing a lock: one's own, or one on a document the caller may change (as the admin does on leaving). */
export const deleteLock: Access = async ({ req, id }) => {
  if (!req.user) return false
  if (id === undefined) return ownLocks(req)
  const stored = await storedLock(req, id)
  return stored !== null && mayUpdateTarget(req, stored)
}
