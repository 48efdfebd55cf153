import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugs } from '../slugs'
import { namedTerm } from '../fields/namedTerm'

export const themesSchema: CollectionSchema = {
  slug: slugs.themes,
  labels: { singular: 'Thématique', plural: 'Thématiques' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', '_status'], group: 'Classement' },
  versions: publicVersions,
  fields: [...namedTerm('Sujet transversal des actions de la Coopé.')],
}
