import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugField } from '../fields/slug'
import { slugs } from '../slugs'

export const pagesSchema: CollectionSchema = {
  slug: slugs.pages,
  labels: { singular: 'Page', plural: 'Pages' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'updatedAt', '_status'], group: 'Site' },
  versions: publicVersions,
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 140 },
    slugField(),
    { name: 'body', type: 'richText', label: 'Contenu', required: true },
  ],
}
