import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugs } from '../slugs'
import { orderField } from '../fields/order'

export const actionsSchema: CollectionSchema = {
  slug: slugs.actions,
  labels: { singular: 'Action', plural: 'Actions' },
  admin: { useAsTitle: 'title', defaultColumns: ['order', 'title', 'isNew', '_status'], group: 'Arbre des objectifs' },
  defaultSort: 'order',
  versions: publicVersions,
  fields: [
    { name: 'title', type: 'textarea', label: 'Action', required: true },
    {
      name: 'objectives',
      type: 'relationship',
      relationTo: slugs.objectives,
      hasMany: true,
      label: 'Objectifs servis',
    },
    {
      name: 'examples',
      type: 'array',
      label: 'Exemples précis',
      labels: { singular: 'Exemple', plural: 'Exemples' },
      fields: [{ name: 'text', type: 'text', label: 'Exemple', required: true }],
    },
    { name: 'isNew', type: 'checkbox', label: 'Nouvelle action', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'projects', type: 'relationship', relationTo: slugs.projects, hasMany: true, label: 'Projets liés' },
    orderField,
  ],
}
