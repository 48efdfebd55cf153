import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '../../schemas/fields/slug'

/**
 * Staff may leave the slug empty: it is made from the title (or name) the first time, and then
 * kept, so that published addresses do not change when a title is corrected.
 */
export const fillSlug =
  (from: 'title' | 'name'): CollectionBeforeValidateHook =>
  ({ data, originalDoc }) => {
    if (!data || data.slug || originalDoc?.slug) return data
    const source = data[from] ?? originalDoc?.[from]
    const slug = typeof source === 'string' ? slugify(source) : ''
    if (slug) data.slug = slug
    return data
  }
