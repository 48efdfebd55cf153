import type { CollectionConfig, Field } from 'payload'

import {
  contributionsSchema,
  DRAFT_FIELD,
  HISTORY_FIELD,
  MODERATION_ONLY_FIELDS,
  REPLY_FIELD,
  WITHDRAWAL_KEY_FIELD,
} from '../../../schemas/collections/contributions'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { moderatorsOrContributionService } from '../../access/contributionService'
import { nobodyField } from '../../access/nobody'
import { hasRole, type StaffUser } from '../../access/staff'
import { contributionReaders } from '../../access/contributionReaders'
import { moderators, moderatorsField } from '../../access/moderation'
import { invalidateAfterChange, invalidateAfterDelete } from '../../hooks/invalidateSite'
import { draftFromContributionEndpoint } from './endpoints/draft'
import { submitContribution } from './endpoints/submit'
import { withdrawContribution } from './endpoints/withdraw'
import { receiveContribution } from './hooks/receiveContribution'
import { recordHistory } from './hooks/recordHistory'
import { replyToContributor } from './hooks/replyToContributor'
import { requireConsent } from './hooks/requireConsent'
import { requireStatusOrder } from './hooks/requireStatusOrder'
import { stampContribution } from './hooks/stampContribution'

/** The contributor's identity, consent and moderation notes stay with moderation, even once public. */
const fields: Field[] = contributionsSchema.fields.map((field) => {
  if (!('name' in field)) return field
  if (field.name === WITHDRAWAL_KEY_FIELD) return { ...field, access: { read: nobodyField } } as Field
  if (field.name === HISTORY_FIELD || field.name === DRAFT_FIELD) {
    const admin =
      field.name === HISTORY_FIELD
        ? {
            ...field.admin,
            components: { RowLabel: '/collections/Contributions/components/HistoryRowLabel#HistoryRowLabel' },
          }
        : field.admin
    return { ...field, admin, access: { read: moderatorsField, create: nobodyField, update: nobodyField } } as Field
  }
  if (field.name === REPLY_FIELD) {
    return { ...field, access: { read: moderatorsField, create: nobodyField, update: moderatorsField } } as Field
  }
  if (field.name === 'houses')
    return { ...field, access: { create: moderatorsField, update: moderatorsField } } as Field
  return MODERATION_ONLY_FIELDS.includes(field.name)
    ? ({ ...field, access: { read: moderatorsField } } as Field)
    : field
})

/** The button that turns an accepted contribution into a draft, for moderation only. */
const makeDraftButton: Field = {
  name: 'makeDraft',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/collections/Contributions/components/MakeDraftButton#MakeDraftButton' },
    condition: (data, _sibling, { user }) =>
      hasRole(user as StaffUser | null, 'admin', 'moderator') &&
      (data?.status === 'accepted' || data?.status === 'published') &&
      !data?.[DRAFT_FIELD],
  },
}

export const Contributions: CollectionConfig = {
  ...contributionsSchema,
  fields: [...fields, makeDraftButton],
  access: {
    create: moderatorsOrContributionService,
    read: contributionReaders,
    update: moderators,
    delete: adminOnly,
  },
  endpoints: [submitContribution, withdrawContribution, draftFromContributionEndpoint],
  hooks: {
    beforeChange: [
      receiveContribution,
      requireStatusOrder,
      requireConsent,
      stampContribution,
      recordHistory,
      replyToContributor,
    ],
    afterChange: [invalidateAfterChange(slugs.contributions)],
    afterDelete: [invalidateAfterDelete(slugs.contributions)],
  },
}
