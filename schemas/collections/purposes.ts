import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugs } from '../slugs'
import { purposeAudiences } from '../vocabularies'
import { orderField } from '../fields/order'

export const purposesSchema: CollectionSchema = {
  slug: slugs.purposes,
  labels: { singular: 'Finalité', plural: 'Finalités' },
  admin: {
    useAsTitle: 'statement',
    defaultColumns: ['audience', 'statement', '_status'],
    group: 'Arbre des objectifs',
  },
  defaultSort: 'order',
  versions: publicVersions,
  fields: [
    {
      name: 'audience',
      type: 'select',
      label: 'Pour',
      required: true,
      options: purposeAudiences.options(),
    },
    { name: 'statement', type: 'textarea', label: 'Énoncé', required: true },
    orderField,
  ],
}
