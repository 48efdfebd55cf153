import type { Field } from 'payload'

import { houseIdsOf, type Relation } from '../relations'
import { slugs } from '../slugs'

/**
 * Who owns a document: one or more houses, or the cooperation itself. Editors may change what
 * one of their houses owns; what the cooperation owns is shared by every editor.
 */
export const houseOwnership = (): Field[] => [
  {
    name: 'cooperation',
    type: 'checkbox',
    label: 'Porté par la Coopé (les trois maisons)',
    defaultValue: false,
    admin: { position: 'sidebar' },
  },
  {
    name: 'houses',
    type: 'relationship',
    relationTo: slugs.houses,
    hasMany: true,
    label: 'Maisons',
    // An editor's new content belongs to their houses until they choose otherwise.
    defaultValue: ({ user }: { user?: { role?: string; houses?: Relation[] | null } | null }) =>
      user?.role === 'editor' ? houseIdsOf(user) : undefined,
    admin: {
      position: 'sidebar',
      description: 'Maison(s) qui portent ce contenu.',
    },
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
      siblingData.cooperation || (Array.isArray(value) && value.length > 0)
        ? true
        : 'Choisissez au moins une maison, ou cochez « Porté par la Coopé ».',
  },
]
