import type { CollectionBeforeValidateHook } from 'payload'

import { slugs } from '../../schemas/slugs'
import { verifyPassword } from './passwordHash'
import { fieldRefusal } from '../hooks/refusal'

/**
 * Before saving an account: whoever changes their own password or e-mail must give their current
 * password (field `currentPassword`, never stored), so a stolen session cannot take the account for good.
 * An admin changing someone else's account, and the server's own scripts, are not asked.
 *
 * @throws APIError 403 with data `{ code: 'current-password-required' }` and a French message
 */
export const requireCurrentPassword: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !data || !originalDoc || !req.user || req.user.id !== originalDoc.id) return data
  const { currentPassword, ...rest } = data as { currentPassword?: unknown; password?: unknown; email?: unknown }
  const changesPassword = typeof rest.password === 'string' && rest.password !== ''
  const changesEmail =
    typeof rest.email === 'string' &&
    rest.email.toLowerCase().trim() !==
      String(originalDoc.email ?? '')
        .toLowerCase()
        .trim()
  if (!changesPassword && !changesEmail) return rest
  const stored = await req.payload.db.findOne<{ id: number; hash?: unknown; salt?: unknown }>({
    collection: slugs.users,
    req,
    where: { id: { equals: originalDoc.id } },
  })
  if (typeof currentPassword !== 'string' || !stored || !(await verifyPassword(currentPassword, stored)))
    throw fieldRefusal(
      'current-password-required',
      {
        path: 'currentPassword',
        message: 'Pour changer votre e-mail ou votre mot de passe, saisissez votre mot de passe actuel.',
      },
      403,
    )
  return rest
}
