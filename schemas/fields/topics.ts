import type { Field } from 'payload'

import { slugs } from '../slugs'

/** What a piece of content is about: its themes and the neighbourhoods it concerns. */
export const topicFields = (): Field[] => [
  { name: 'themes', type: 'relationship', relationTo: slugs.themes, hasMany: true, label: 'Thématiques' },
  {
    name: 'neighbourhoods',
    type: 'relationship',
    relationTo: slugs.neighbourhoods,
    hasMany: true,
    label: 'Quartiers',
  },
]
