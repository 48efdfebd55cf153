import { randomBytes } from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { slugs } from '../../schemas/slugs'
import { seedAgenda } from './steps/agenda'
import { seedGoalTree } from './steps/goalTree'
import { seedJournal } from './steps/journal'
import { seedOrganisation } from './steps/organisation'
import { seedRadio } from './steps/radio'
import { seedSite } from './steps/site'
import type { SeedContext } from './steps/context'

export type FirstAdmin = { email: string; password: string; generated: boolean }

export type SeedResult = { seeded: false } | { seeded: true; admin: FirstAdmin }

/** A password nobody chose: 24 random bytes, URL-safe. */
const strongPassword = () => randomBytes(24).toString('base64url')

/**
 * Loads the demo content and the first admin, only into an empty database, in one transaction:
 * either everything is there afterwards or nothing is.
 */
export async function seedIfEmpty(
  payload: Payload,
  options: { now?: Date; adminEmail?: string; adminPassword?: string } = {},
): Promise<SeedResult> {
  if ((await payload.count({ collection: slugs.users })).totalDocs > 0) return { seeded: false }

  const admin: FirstAdmin = {
    email: options.adminEmail ?? 'admin@la-coope.localhost',
    password: options.adminPassword ?? strongPassword(),
    generated: !options.adminPassword,
  }
  const req = await createLocalReq({ context: { skipInvalidation: true } }, payload)
  await initTransaction(req)
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
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { seeded: true, admin }
}
