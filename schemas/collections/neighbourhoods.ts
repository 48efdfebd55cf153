import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugs } from '../slugs'
import { namedTerm } from '../fields/namedTerm'

export const neighbourhoodsSchema: CollectionSchema = {
  slug: slugs.neighbourhoods,
  labels: { singular: 'Quartier', plural: 'Quartiers' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', '_status'], group: 'Classement' },
  versions: publicVersions,
  fields: [...namedTerm('Où vivent les habitant·es concerné·es.')],
}
