import type { ArrayField } from 'payload'

import { slugs } from '../slugs'
import { authorKinds } from '../vocabularies'

/** Who wrote or spoke: staff (linked to their account) or residents (a name only, as they agreed). */
export const authorsField = (): ArrayField => ({
  name: 'authors',
  type: 'array',
  label: 'Auteur·rices',
  labels: { singular: 'Auteur·rice', plural: 'Auteur·rices' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: 'Qui',
          required: true,
          defaultValue: 'resident',
          options: authorKinds.options(),
        },
        { name: 'name', type: 'text', label: 'Nom affiché', required: true },
        {
          name: 'user',
          type: 'relationship',
          relationTo: slugs.users,
          label: 'Compte',
          admin: { condition: (_, sibling) => sibling?.kind === 'staff' },
        },
      ],
    },
  ],
})
