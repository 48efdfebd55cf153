import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { slugs } from '../../schemas/slugs'
import { strongPassword } from '../auth/strongPassword'
import { removeOrphanFiles } from '../uploads/orphans'
import { DELETE_FILE_IN_USE } from '../uploads/refuseDeletingUsedFile'
import { seedAgenda } from './steps/agenda'
import { seedGoalTree } from './steps/goalTree'
import { seedJournal } from './steps/journal'
import { seedOrganisation } from './steps/organisation'
import { seedRadio } from './steps/radio'
import { seedSite } from './steps/site'
import type { SeedContext } from './steps/context'

export type FirstAdmin = { email: string; password: string; generated: boolean }

export type SeedResult = { seeded: false } | { seeded: true; admin: FirstAdmin }

/** Every collection the hub stores documents in. */
const collections = Object.values(slugs)

const isEmpty = async (payload: Payload) =>
  (await Promise.all(collections.map((collection) => payload.count({ collection })))).every((c) => c.totalDocs === 0)

/** Takes a database the demo load failed on back to empty, files included. */
async function emptyDatabase(payload: Payload): Promise<void> {
  for (const collection of [...collections].reverse()) {
    await payload.delete({
      collection,
      where: { id: { exists: true } },
      context: { skipInvalidation: true, [DELETE_FILE_IN_USE]: true },
    })
  }
}

/**
 * Loads the demo content and the first admin, only into an empty database: either everything is
 * there afterwards or nothing is (a transaction where the database has them, an undo elsewhere).
 */
export async function seedIfEmpty(
  payload: Payload,
  options: { now?: Date; adminEmail?: string; adminPassword?: string } = {},
): Promise<SeedResult> {
  if (!(await isEmpty(payload))) return { seeded: false }

  const admin: FirstAdmin = {
    email: options.adminEmail ?? 'admin@la-coope.localhost',
    password: options.adminPassword ?? strongPassword(),
    generated: !options.adminPassword,
  }
  const req = await createLocalReq({ context: { skipInvalidation: true } }, payload)
  const inTransaction = await initTransaction(req)
  try {
    const context: SeedContext = { payload, req, now: options.now ?? new Date(), ids: {} }
    await seedOrganisation(context)
    await seedGoalTree(context)
    await seedAgenda(context)
    await seedJournal(context)
    await seedRadio(context)
    await seedSite(context)
    await payload.create({
      collection: slugs.users,
      data: { name: 'Administration de la Coopé', email: admin.email, password: admin.password, role: 'admin' },
      req,
    })
    if (inTransaction) await commitTransaction(req)
  } catch (error) {
    if (inTransaction) {
      await killTransaction(req)
      // The rolled-back documents' files are on the disk already.
      await removeOrphanFiles(payload)
    } else await emptyDatabase(payload)
    throw error
  }
  return { seeded: true, admin }
}
