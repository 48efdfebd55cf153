import { getPayload } from 'payload'

import { migrateDatabase } from '../db/migrate'
import { seedIfEmpty } from '../seed'
import { checkDatabase } from './preflight'
import { describeDatabaseError } from './problems'

/** A problem an operator can fix, already said in one sentence. */
class OperatorError extends Error {}

/**
 * Brings the database up to date and loads the demo content into an empty one. Runs in its own
 * process before the servers start, and prints the first admin's login once.
 */
async function prepare(): Promise<void> {
  const problem = await checkDatabase(process.env.DATABASE_URI ?? '')
  if (problem) throw new OperatorError(problem)
  let config
  try {
    config = await (await import('../../payload.config')).default
  } catch (error) {
    throw new OperatorError((error as Error).message)
  }
  const payload = await getPayload({ config })
  try {
    await migrateDatabase(payload)
    const result = await seedIfEmpty(payload, {
      adminEmail: process.env.ADMIN_EMAIL || undefined,
      adminPassword: process.env.ADMIN_PASSWORD || undefined,
    })
    if (result.seeded) {
      console.log('\nDemo content loaded. First admin account:')
      console.log(`  e-mail:   ${result.admin.email}`)
      console.log(
        result.admin.generated
          ? `  password: ${result.admin.password}   (generated: note it now, it is shown only this once)`
          : '  password: the ADMIN_PASSWORD you set',
      )
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
