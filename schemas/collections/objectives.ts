import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugs } from '../slugs'
import { orderField } from '../fields/order'

export const objectivesSchema: CollectionSchema = {
  slug: slugs.objectives,
  labels: { singular: 'Objectif opérationnel', plural: 'Objectifs opérationnels' },
  admin: { useAsTitle: 'statement', defaultColumns: ['order', 'statement', '_status'], group: 'Arbre des objectifs' },
  defaultSort: 'order',
  versions: publicVersions,
  fields: [
    { name: 'statement', type: 'textarea', label: 'Énoncé', required: true },
    { name: 'purposes', type: 'relationship', relationTo: slugs.purposes, hasMany: true, label: 'Finalités servies' },
    orderField,
  ],
}
