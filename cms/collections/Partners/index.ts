import type { CollectionConfig } from 'payload'

import { partnersSchema } from '../../../schemas/collections/partners'
import { slugs } from '../../../schemas/slugs'
import { publicHooks } from '../../hooks/publicHooks'
import { sharedTermsAccess } from '../../access/sharedTerms'

export const Partners: CollectionConfig = {
  ...partnersSchema,
  access: sharedTermsAccess,
  hooks: publicHooks(slugs.partners, 'name'),
}
