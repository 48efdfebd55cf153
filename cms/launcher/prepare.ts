import { getPayload } from 'payload'

import { migrateDatabase } from '../db/migrate'
import { assignRadioPodcastGuid } from '../globals/hooks/radioPodcastGuid'
import { cmsEnv } from '../env'
import { defaults } from '../paths'
import { seedIfEmpty } from '../seed'
import { quarantineOrphanFiles } from '../uploads/orphans'
import { describeSettled, settlePendingDeletions } from '../uploads/pendingDeletions'
import { keepFirstAdminLogin } from './firstAdmin'
import { DEMO_CONTENT_LOADED } from './prepareOutcome'
import { checkDatabase, ensureDatabaseFolder } from './preflight'
import { describeDatabaseError } from './problems'

/** A problem an operator can fix, already said in one sentence. */
class OperatorError extends Error {}

/**
 * Brings the database up to date, settles the files of deletions a crash cut short, sets aside the
 * upload files a crash left without their document, and loads the demo content into an empty one.
 * Runs in its own process before the servers start; the first admin's login is kept in DATA_DIR for the launcher
 * to show once the hub is up (never printed here, where a later failure would scroll it away).
 */
async function prepare(): Promise<void> {
  const problem = await checkDatabase(process.env.DATABASE_URI ?? '')
  if (problem) throw new OperatorError(problem)
  ensureDatabaseFolder(process.env.DATABASE_URI ?? '')
  let config
  try {
    config = await (await import('../../payload.config')).default
  } catch (error) {
    throw new OperatorError((error as Error).message)
  }
  const payload = await getPayload({ config })
  try {
    await migrateDatabase(payload)
    // Before the servers: no operation can be in flight, so a file a deletion kept is settled for good,
    // and a file without its document is a crash's leftover.
    for (const line of describeSettled(await settlePendingDeletions(payload))) console.warn(line)
    for (const line of await quarantineOrphanFiles(payload, cmsEnv().MEDIA_DIR)) console.warn(line)
    const result = await seedIfEmpty(payload, {
      adminEmail: process.env.ADMIN_EMAIL || undefined,
      adminPassword: process.env.ADMIN_PASSWORD || undefined,
    })
    await assignRadioPodcastGuid(payload)
    if (result.seeded) {
      console.log(DEMO_CONTENT_LOADED)
      keepFirstAdminLogin(process.env.DATA_DIR || defaults.DATA_DIR, {
        email: result.admin.email,
        password: result.admin.generated ? result.admin.password : null,
      })
    }
  } finally {
    await payload.destroy()
  }
}

prepare().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof OperatorError ? error.message : describeDatabaseError(error))
    process.exit(1)
  },
)
