import type { CollectionConfig } from 'payload'

import { neighbourhoodsSchema } from '../../../schemas/collections/neighbourhoods'
import { slugs } from '../../../schemas/slugs'
import { publicHooks } from '../../hooks/publicHooks'
import { sharedTermsAccess } from '../../access/sharedTerms'

export const Neighbourhoods: CollectionConfig = {
  ...neighbourhoodsSchema,
  access: sharedTermsAccess,
  hooks: publicHooks(slugs.neighbourhoods, 'name'),
}
