import type { CollectionConfig } from 'payload'

import { fillSlug } from '../hooks/fillSlug'
import { invalidateAfterChange, invalidateAfterDelete } from '../hooks/invalidateSite'

/** Hooks every collection shown on the site shares: slug from its title, site cache invalidation. */
export const publicHooks = (slug: string, titleField?: string): NonNullable<CollectionConfig['hooks']> => ({
  beforeValidate: titleField ? [fillSlug(titleField)] : [],
  afterChange: [invalidateAfterChange(slug)],
  afterDelete: [invalidateAfterDelete(slug)],
})
