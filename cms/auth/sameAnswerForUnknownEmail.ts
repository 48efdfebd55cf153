import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { slugs } from '../../schemas/slugs'
import { verifyAgainstDummy } from './passwordHash'

/**
 * Before sign-in: an e-mail that belongs to no account gets the same refusal as a wrong password
 * (Payload's AuthenticationError: same status 401, same message), after the same password-hashing
 * work, so neither the answer nor its timing tells whether the account exists. Known e-mails go on
 * to Payload's own check.
 */
export const sameAnswerForUnknownEmail: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ?? {}) as {
    email?: unknown
    password?: unknown
  }
  // Missing fields are Payload's to refuse, with its validation message.
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  const user = await req.payload.db.findOne({
    collection: slugs.users,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (user) return args
  await verifyAgainstDummy(password)
  throw new AuthenticationError(req.t)
}
