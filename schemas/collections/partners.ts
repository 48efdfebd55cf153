import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugField } from '../fields/slug'
import { httpUrl } from '../fields/url'
import { slugs } from '../slugs'
import { partnerKinds } from '../vocabularies'

export const partnersSchema: CollectionSchema = {
  slug: slugs.partners,
  labels: { singular: 'Partenaire', plural: 'Partenaires' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kinds', '_status'], group: 'Contenus' },
  versions: publicVersions,
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 140 },
    slugField(),
    { name: 'acronym', type: 'text', label: 'Sigle', maxLength: 20 },
    {
      name: 'kinds',
      type: 'select',
      label: 'Nature',
      hasMany: true,
      required: true,
      options: partnerKinds.options(),
    },
    { name: 'logo', type: 'upload', relationTo: slugs.media, label: 'Logo' },
    { name: 'website', type: 'text', label: 'Site web', validate: httpUrl },
    { name: 'supports', type: 'textarea', label: 'Ce qu’il soutient' },
  ],
}
