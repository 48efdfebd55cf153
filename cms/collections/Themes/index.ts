import type { CollectionConfig } from 'payload'

import { themesSchema } from '../../../schemas/collections/themes'
import { slugs } from '../../../schemas/slugs'
import { publicHooks } from '../../hooks/publicHooks'
import { sharedTermsAccess } from '../../access/sharedTerms'

export const Themes: CollectionConfig = {
  ...themesSchema,
  access: sharedTermsAccess,
  hooks: publicHooks(slugs.themes, 'name'),
}
