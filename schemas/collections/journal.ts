import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { authorsField } from '../fields/authors'
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
    { name: 'themes', type: 'relationship', relationTo: slugs.themes, hasMany: true, label: 'Thématiques' },
    {
      name: 'neighbourhoods',
      type: 'relationship',
      relationTo: slugs.neighbourhoods,
      hasMany: true,
      label: 'Quartiers',
    },
    ...houseOwnership(),
  ],
}
