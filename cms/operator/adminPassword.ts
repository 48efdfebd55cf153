import { getPayload } from 'payload'

import { slugs } from '../../schemas/slugs'
import { strongPassword } from '../auth/strongPassword'
import { accountKey } from '../auth/throttleAuth'
import { loadEnvFile } from '../launcher/settings'

/**
 * `npm run admin:password -- EMAIL`: gives the account EMAIL a new password, for the operator who
 * lost the one printed at first start. Uses ADMIN_PASSWORD when set, otherwise prints a generated
 * one once. Also clears the account's sign-in counter so the owner can sign in at once.
 * Exit code 0 on success, 1 with one English sentence otherwise.
 */
async function main(): Promise<string> {
  const email = process.argv[2]?.toLowerCase().trim()
  if (!email) throw new Error('Say which account: npm run admin:password -- EMAIL')
  loadEnvFile()
  const payload = await getPayload({ config: await (await import('../../payload.config')).default })
  try {
    const { docs } = await payload.find({ collection: slugs.users, where: { email: { equals: email } }, limit: 1 })
    const account = docs[0]
    if (!account)
      throw new Error(`No account has the e-mail ${email}: check the spelling (see the staff list in the admin).`)
    const chosen = process.env.ADMIN_PASSWORD || undefined
    const password = chosen ?? strongPassword()
    await payload.update({ collection: slugs.users, id: account.id, data: { password } })
    await payload.db.deleteMany({ collection: slugs.loginAttempts, where: { key: { equals: accountKey(email) } } })
    return chosen
      ? `The password of ${email} is now the ADMIN_PASSWORD you set.`
      : `New password for ${email}: ${password}   (generated: note it now, it is shown only this once)`
  } finally {
    await payload.destroy()
  }
}

main().then(
  (message) => {
    console.log(message)
    process.exit(0)
  },
  (error: unknown) => {
    console.error((error as Error).message)
    process.exit(1)
  },
)
