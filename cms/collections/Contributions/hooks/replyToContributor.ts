import type { CollectionBeforeChangeHook } from 'payload'

import { REPLY_FIELD } from '../../../../schemas/collections/contributions'
import type { Contribution } from '../../../../schemas/payload-types'
import { emailConfigured } from '../../../email/adapter'
import { replyEmail } from '../../../email/contributionEmails'
import { cmsEnv } from '../../../env'
import { refusal } from '../../../hooks/refusal'

/**
 * Sends what a moderator wrote in « Répondre par courriel » to the address the contributor gave,
 * through Payload's e-mail adapter, before the change is saved: when it cannot leave (no address,
 * no e-mail server, the server refuses) the whole save is refused with a French message and the
 * text stays in the form. The text itself is never stored.
 *
 * @throws APIError 400 `contribution-without-address`, 503 `email-not-configured` or 503 `email-not-sent`
 */
export const replyToContributor: CollectionBeforeChangeHook<Contribution> = async ({ data, originalDoc, req }) => {
  const message = typeof data[REPLY_FIELD] === 'string' ? data[REPLY_FIELD].trim() : ''
  const { [REPLY_FIELD]: _sent, ...rest } = data
  if (!message) return rest
  const to = originalDoc?.contributor?.email
  if (!to) {
    throw refusal(
      'contribution-without-address',
      'Réponse impossible : la personne n’a pas laissé d’adresse électronique.',
    )
  }
  if (!emailConfigured(cmsEnv())) {
    throw refusal(
      'email-not-configured',
      'L’envoi de courriels n’est pas configuré sur ce hub : la réponse n’est pas partie.',
      503,
    )
  }
  try {
    await req.payload.sendEmail({
      to,
      ...replyEmail({ reference: originalDoc.reference ?? '', title: originalDoc.title, message }),
    })
  } catch (error) {
    req.payload.logger.error({ err: error, contribution: originalDoc.id }, 'Reply to a contributor not sent')
    throw refusal(
      'email-not-sent',
      'Le serveur de courriel a refusé la réponse : elle n’est pas partie. Réessayez plus tard.',
      503,
    )
  }
  return rest
}
