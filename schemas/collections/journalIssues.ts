import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { houseOwnership } from '../fields/ownership'
import { slugField } from '../fields/slug'
import { slugs } from '../slugs'

export const journalIssuesSchema: CollectionSchema = {
  slug: slugs.journalIssues,
  labels: { singular: 'Numéro du journal', plural: 'Numéros du journal' },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', 'date', '_status'], group: 'Journal' },
  defaultSort: '-number',
  versions: publicVersions,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'number', label: 'Numéro', required: true, unique: true, min: 1 },
        {
          name: 'date',
          type: 'date',
          label: 'Date de parution',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 140 },
    slugField(),
    { name: 'cover', type: 'upload', relationTo: slugs.media, label: 'Couverture' },
    { name: 'pdf', type: 'upload', relationTo: slugs.documents, label: 'PDF de l’édition papier' },
    {
      name: 'contents',
      type: 'array',
      label: 'Sommaire',
      labels: { singular: 'Entrée', plural: 'Entrées' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', label: 'Titre', required: true },
            { name: 'page', type: 'number', label: 'Page', min: 1 },
            { name: 'article', type: 'relationship', relationTo: slugs.articles, label: 'Article en ligne' },
          ],
        },
      ],
    },
    ...houseOwnership(),
  ],
}
