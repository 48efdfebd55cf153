import type { CollectionBeforeOperationHook } from 'payload'

import { emailConfigured } from '../email/adapter'
import { cmsEnv } from '../env'
import { refusal } from '../hooks/refusal'

/**
 * Before forgot-password: without an e-mail server the hub cannot send the link, so it says so
 * instead of claiming a mail left.
 *
 * @throws APIError 503 with data `{ code: 'email-not-configured' }` and a French message
 */
export const refuseResetWithoutEmail: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'forgotPassword' || emailConfigured(cmsEnv())) return args
  throw refusal(
    'email-not-configured',
    'L’envoi d’e-mails n’est pas configuré sur ce hub : aucun message ne peut partir. ' +
      'Demandez à la personne qui administre le serveur de vous donner un nouveau mot de passe.',
    503,
  )
}
