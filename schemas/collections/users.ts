import type { CollectionSchema } from '../collection'
import { slugs } from '../slugs'
import { staffRoles } from '../vocabularies'

export const usersSchema: CollectionSchema = {
  slug: slugs.users,
  labels: { singular: 'Membre de l’équipe', plural: 'Équipe' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'houses'], group: 'Administration' },
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      label: 'Rôle',
      required: true,
      defaultValue: 'editor',
      options: staffRoles.options(),
    },
    {
      name: 'houses',
      type: 'relationship',
      relationTo: slugs.houses,
      hasMany: true,
      label: 'Maisons',
      admin: { description: 'Maisons pour lesquelles cette personne édite.' },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role !== 'editor' || (Array.isArray(value) && value.length > 0)
          ? true
          : 'Un·e éditeur·rice doit appartenir à au moins une maison.',
    },
  ],
}
