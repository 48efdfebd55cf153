import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { authorsField } from '../fields/authors'
import { houseOwnership } from '../fields/ownership'
import { slugField } from '../fields/slug'
import { slugs } from '../slugs'
import { topicFields } from '../fields/topics'

export const articlesSchema: CollectionSchema = {
  slug: slugs.articles,
  labels: { singular: 'Article', plural: 'Articles' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'issue', 'publishedAt', '_status'], group: 'Journal' },
  defaultSort: '-publishedAt',
  versions: publicVersions,
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 160 },
    slugField(),
    { name: 'summary', type: 'textarea', label: 'Chapô', maxLength: 400 },
    { name: 'body', type: 'richText', label: 'Texte', required: true },
    { name: 'easyRead', type: 'richText', label: 'Version FALC (facile à lire et à comprendre)' },
    authorsField(),
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Date de publication',
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'issue', type: 'relationship', relationTo: slugs.journalIssues, label: 'Paru dans le numéro' },
    { name: 'image', type: 'upload', relationTo: slugs.media, label: 'Image' },
    ...topicFields(),
    ...houseOwnership(),
  ],
}
