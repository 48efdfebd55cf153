import type { CollectionConfig, Field } from 'payload'

import { CONTRIBUTOR_FIELD, contributionsSchema } from '../../../schemas/collections/contributions'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { moderators, moderatorsField, publishedContributionsOrModerators } from '../../access/moderation'
import { invalidateAfterChange, invalidateAfterDelete } from '../../hooks/invalidateSite'
import { stampContribution } from './hooks/stampContribution'

/** The contributor's identity is readable by moderation only, even once the contribution is public. */
const fields: Field[] = contributionsSchema.fields.map((field) =>
  'name' in field && field.name === CONTRIBUTOR_FIELD
    ? ({ ...field, access: { read: moderatorsField } } as Field)
    : field,
)

export const Contributions: CollectionConfig = {
  ...contributionsSchema,
  fields,
  access: { create: moderators, read: publishedContributionsOrModerators, update: moderators, delete: adminOnly },
  hooks: {
    beforeChange: [stampContribution],
    afterChange: [invalidateAfterChange(slugs.contributions)],
    afterDelete: [invalidateAfterDelete(slugs.contributions)],
  },
}
