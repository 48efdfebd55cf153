import type { CollectionConfig, Field } from 'payload'

import {
  contributionsSchema,
  MODERATION_ONLY_FIELDS,
  WITHDRAWAL_KEY_FIELD,
} from '../../../schemas/collections/contributions'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { moderatorsOrContributionService } from '../../access/contributionService'
import { nobodyField } from '../../access/nobody'
import { moderators, moderatorsField, publishedContributionsOrModerators } from '../../access/moderation'
import { invalidateAfterChange, invalidateAfterDelete } from '../../hooks/invalidateSite'
import { submitContribution } from './endpoints/submit'
import { withdrawContribution } from './endpoints/withdraw'
import { receiveContribution } from './hooks/receiveContribution'
import { requireConsent } from './hooks/requireConsent'
import { stampContribution } from './hooks/stampContribution'

/** The contributor's identity, consent and moderation notes stay with moderation, even once public. */
const fields: Field[] = contributionsSchema.fields.map((field) => {
  if (!('name' in field)) return field
  if (field.name === WITHDRAWAL_KEY_FIELD) return { ...field, access: { read: nobodyField } } as Field
  return MODERATION_ONLY_FIELDS.includes(field.name)
    ? ({ ...field, access: { read: moderatorsField } } as Field)
    : field
})

export const Contributions: CollectionConfig = {
  ...contributionsSchema,
  fields,
  access: {
    create: moderatorsOrContributionService,
    read: publishedContributionsOrModerators,
    update: moderators,
    delete: adminOnly,
  },
  endpoints: [submitContribution, withdrawContribution],
  hooks: {
    beforeChange: [receiveContribution, requireConsent, stampContribution],
    afterChange: [invalidateAfterChange(slugs.contributions)],
    afterDelete: [invalidateAfterDelete(slugs.contributions)],
  },
}
