import type { CollectionConfig } from 'payload'

import type { CollectionSlug } from '../../schemas/slugs'
import { fillSlug } from './fillSlug'
import { invalidateAfterChange, invalidateAfterDelete } from './invalidateSite'

/** Hooks every collection shown on the site shares: slug from its title, site cache invalidation. */
export const publicHooks = (
  slug: CollectionSlug,
  titleField?: 'title' | 'name',
): NonNullable<CollectionConfig['hooks']> => ({
  beforeValidate: titleField ? [fillSlug(titleField)] : [],
  afterChange: [invalidateAfterChange(slug)],
  afterDelete: [invalidateAfterDelete(slug)],
})
