import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugField } from '../fields/slug'
import { slugs } from '../slugs'

const namedTerm = (description: string) => [
  { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 80 } as const,
  slugField(),
  { name: 'description', type: 'textarea', label: 'Description', admin: { description } } as const,
]

export const themesSchema: CollectionSchema = {
  slug: slugs.themes,
  labels: { singular: 'Thématique', plural: 'Thématiques' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', '_status'], group: 'Classement' },
  versions: publicVersions,
  fields: [...namedTerm('Sujet transversal des actions de la Coopé.')],
}

export const neighbourhoodsSchema: CollectionSchema = {
  slug: slugs.neighbourhoods,
  labels: { singular: 'Quartier', plural: 'Quartiers' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', '_status'], group: 'Classement' },
  versions: publicVersions,
  fields: [...namedTerm('Où vivent les habitant·es concerné·es.')],
}
