import type { CollectionConfig } from 'payload'

import type { CollectionSlug } from '../../schemas/slugs'
import { fillSlug, rememberPreviousSlug } from './fillSlug'
import { invalidateAfterChange, invalidateAfterDelete } from './invalidateSite'

/**
 * Hooks every collection shown on the site shares: address from its title (old addresses
 * remembered), site cache invalidation.
 */
export const publicHooks = (
  slug: CollectionSlug,
  titleField?: 'title' | 'name',
): NonNullable<CollectionConfig['hooks']> => ({
  beforeValidate: titleField ? [fillSlug(titleField)] : [],
  beforeChange: titleField ? [rememberPreviousSlug] : [],
  afterChange: [invalidateAfterChange(slug)],
  afterDelete: [invalidateAfterDelete(slug)],
})
