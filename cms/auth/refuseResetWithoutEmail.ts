import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { emailConfigured } from '../email/adapter'
import { cmsEnv } from '../env'

/** The stable code of a forgot-password request refused because the hub cannot send e-mail. */
export const EMAIL_NOT_CONFIGURED = 'EMAIL_NOT_CONFIGURED'

/**
 * Before forgot-password: without an e-mail server the hub cannot send the link, so it says so
 * instead of claiming a mail left.
 *
 * @throws APIError 503 with data `{ code: 'EMAIL_NOT_CONFIGURED' }` and a French message
 */
export const refuseResetWithoutEmail: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'forgotPassword' || emailConfigured(cmsEnv())) return args
  throw new APIError(
    'L’envoi d’e-mails n’est pas configuré sur ce hub : aucun message ne peut partir. ' +
      'Demandez à la personne qui administre le serveur de vous donner un nouveau mot de passe.',
    503,
    { code: EMAIL_NOT_CONFIGURED },
    true,
  )
}
