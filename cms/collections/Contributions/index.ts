import type { CollectionConfig, Field } from 'payload'

import { contributionsSchema, MODERATION_ONLY_FIELDS } from '../../../schemas/collections/contributions'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { moderators, moderatorsField, publishedContributionsOrModerators } from '../../access/moderation'
import { invalidateAfterChange, invalidateAfterDelete } from '../../hooks/invalidateSite'
import { requireConsent } from './hooks/requireConsent'
import { stampContribution } from './hooks/stampContribution'

/** The contributor's identity, consent and moderation notes stay with moderation, even once public. */
const fields: Field[] = contributionsSchema.fields.map((field) =>
  'name' in field && MODERATION_ONLY_FIELDS.includes(field.name)
    ? ({ ...field, access: { read: moderatorsField } } as Field)
    : field,
)

export const Contributions: CollectionConfig = {
  ...contributionsSchema,
  fields,
  access: { create: moderators, read: publishedContributionsOrModerators, update: moderators, delete: adminOnly },
  hooks: {
    beforeChange: [requireConsent, stampContribution],
    afterChange: [invalidateAfterChange(slugs.contributions)],
    afterDelete: [invalidateAfterDelete(slugs.contributions)],
  },
}
