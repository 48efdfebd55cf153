import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '../../schemas/fields/slug'

/** Staff may leave the slug empty: it is made from the title (or name) the first time. */
export const fillSlug =
  (from: string): CollectionBeforeValidateHook =>
  ({ data }) => {
    const source = data?.[from]
    if (data && !data.slug && typeof source === 'string') data.slug = slugify(source)
    return data
  }
