import type { CollectionBeforeChangeHook } from 'payload'

import type { Contribution } from '../../../../schemas/payload-types'
import { fieldRefusal } from '../../../hooks/refusal'

type Consent = { publication?: boolean | null; minor?: boolean | null; parentalConsent?: boolean | null }

/** Whether the resident agreed to publication (and a parent too, for a minor under 15). */
export const mayPublish = (consent: Consent): boolean =>
  Boolean(consent.publication && (!consent.minor || consent.parentalConsent))

/**
 * Nothing a resident sent goes public without their consent (and a parent's, for a minor).
 * Withdrawing consent takes a published contribution back to "accepted".
 */
export const requireConsent: CollectionBeforeChangeHook<Contribution> = ({ data, originalDoc }) => {
  const consent: Consent = { ...originalDoc?.consent, ...data.consent }
  const status = data.status ?? originalDoc?.status
  if (status !== 'published' || mayPublish(consent)) return data
  if (data.status === 'published' && originalDoc?.status !== 'published') {
    throw consent.publication
      ? fieldRefusal('contribution-without-parental-consent', {
          path: 'consent.parentalConsent',
          message: 'Publication impossible : l’autorisation parentale de ce·tte contributeur·rice mineur·e manque.',
        })
      : fieldRefusal('contribution-without-consent', {
          path: 'consent.publication',
          message: 'Publication impossible : la personne n’a pas accepté que sa contribution soit publiée.',
        })
  }
  return { ...data, status: 'accepted' }
}
