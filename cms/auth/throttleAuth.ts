import type {
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { cmsEnv } from '../env'
import { clientAddress } from './clientAddress'
import { perAccount, perAccountResetMail, perAddress } from './limits'
import { chargeAttempt, type Counted, recountRolledBack, refundAttempt } from './throttle'

const THROTTLED = ['login', 'forgotPassword', 'resetPassword'] as const
type Throttled = (typeof THROTTLED)[number]

const isThrottled = (operation: string): operation is Throttled => (THROTTLED as readonly string[]).includes(operation)

/** Only requests from the network are counted: the server's own calls (seed, scripts) are not attacks. */
const fromNetwork = (req: PayloadRequest) => req.payloadAPI === 'REST'

const addressKey = (operation: Throttled, req: PayloadRequest) =>
  `${operation}:${clientAddress(req.headers, cmsEnv().TRUST_PROXY === '1')}`

/**
 * The counter key of sign-ins to one e-mail address (lower-cased, trimmed), or undefined for no
 * address. Counted whether or not the account exists, so that the answer says nothing about it.
 */
export const accountKey = (email: unknown): string | undefined =>
  typeof email === 'string' && email.trim() ? `login-account:${email.toLowerCase().trim()}` : undefined

/** The counter key of reset e-mails asked for one address, or undefined for no address. */
const resetMailKey = (email: unknown): string | undefined =>
  typeof email === 'string' && email.trim() ? `reset-mail:${email.toLowerCase().trim()}` : undefined

/**
 * Before sign-in, forgot-password and reset over the API: counts the attempt for the client address
 * (and the e-mail typed: for sign-in per account, for forgot-password per mailbox), or refuses it with 429 and Retry-After (see `limits.ts`).
 * This runs before any account is looked up or locked, so one client cannot lock a colleague out.
 */
export const throttleAuth: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!isThrottled(operation) || !fromNetwork(req)) return args
  const counted: Counted[] = [{ key: addressKey(operation, req), limit: perAddress }]
  const email = (args as { data?: { email?: unknown } }).data?.email
  const account = operation === 'login' ? accountKey(email) : undefined
  if (account) counted.push({ key: account, limit: perAccount })
  const mailbox = operation === 'forgotPassword' ? resetMailKey(email) : undefined
  if (mailbox) counted.push({ key: mailbox, limit: perAccountResetMail })
  await chargeAttempt(req, counted)
  return args
}

/** A successful sign-in gives its attempt back: people who sign in often are never slowed down. */
export const refundSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (!fromNetwork(req)) return user
  const keys = [addressKey('login', req), accountKey((user as { email?: unknown }).email)].filter(
    (key): key is string => Boolean(key),
  )
  await refundAttempt(req, keys)
  return user
}

/** A reset or forgotten-password request that failed still costs its attempt (see `recountRolledBack`). */
export const countFailedAttempt: CollectionAfterErrorHook = async ({ req }) => {
  await recountRolledBack(req)
}
