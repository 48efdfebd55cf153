import type { CollectionConfig, Field } from 'payload'

import { usersSchema } from '../../../schemas/collections/users'
import { adminOnly, adminOnlyField } from '../../access/adminOnly'
import { adminOrSelf } from '../../access/self'
import { refuseResetWithoutEmail } from '../../auth/refuseResetWithoutEmail'
import { requireCurrentPassword } from '../../auth/requireCurrentPassword'
import { sameAnswerForUnknownEmail } from '../../auth/sameAnswerForUnknownEmail'
import { countFailedAttempt, refundSuccessfulLogin, throttleAuth } from '../../auth/throttleAuth'
import { resetPasswordHtml, resetPasswordSubject } from '../../email/resetPasswordEmail'
import { cmsEnv } from '../../env'

/** Only an admin grants a role or a house: nobody raises their own rights. */
const fields: Field[] = usersSchema.fields.map((field) =>
  'name' in field && (field.name === 'role' || field.name === 'houses')
    ? ({ ...field, access: { create: adminOnlyField, update: adminOnlyField } } as Field)
    : field,
)

export const Users: CollectionConfig = {
  ...usersSchema,
  fields,
  auth: {
    // Payload's lockout never forgets a failure until it locks, so one patient client could lock
    // anyone; the per-address and per-account windows of cms/auth/limits.ts take its place.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: cmsEnv().CMS_URL.startsWith('https://') },
    forgotPassword: {
      generateEmailHTML: resetPasswordHtml,
      generateEmailSubject: resetPasswordSubject,
      // Payload's interval writes beside the request's transaction, which waits for itself on
      // SQLite's single writer; the per-account limit of cms/auth/limits.ts takes its place.
      minRequestInterval: 0,
    },
  },
  hooks: {
    beforeOperation: [refuseResetWithoutEmail, throttleAuth, sameAnswerForUnknownEmail],
    afterLogin: [refundSuccessfulLogin],
    afterError: [countFailedAttempt],
    beforeValidate: [requireCurrentPassword],
  },
  access: { create: adminOnly, read: adminOrSelf, update: adminOrSelf, delete: adminOnly },
}
