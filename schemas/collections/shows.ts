import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { houseOwnership } from '../fields/ownership'
import { slugField } from '../fields/slug'
import { slugs } from '../slugs'
import { podcastCategories, podcastLanguages } from '../vocabularies'

export const showsSchema: CollectionSchema = {
  slug: slugs.shows,
  labels: { singular: 'Émission', plural: 'Émissions' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'category', '_status'], group: 'Radio' },
  versions: publicVersions,
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 140 },
    slugField(),
    { name: 'description', type: 'textarea', label: 'Description', required: true, maxLength: 4000 },
    { name: 'cover', type: 'upload', relationTo: slugs.media, label: 'Visuel carré (1400 à 3000 px)', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'language',
          type: 'select',
          label: 'Langue',
          required: true,
          defaultValue: 'fr',
          options: podcastLanguages.options(),
        },
        {
          name: 'category',
          type: 'select',
          label: 'Catégorie',
          required: true,
          defaultValue: 'Society & Culture',
          options: podcastCategories.options(),
        },
      ],
    },
    {
      name: 'owner',
      type: 'group',
      label: 'Responsable du podcast',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: 'Nom', required: true },
            { name: 'email', type: 'email', label: 'Courriel', required: true },
          ],
        },
      ],
    },
    { name: 'author', type: 'text', label: 'Auteur affiché', defaultValue: 'Radio de la Coopé' },
    { name: 'explicit', type: 'checkbox', label: 'Contenu explicite', defaultValue: false },
    ...houseOwnership(),
  ],
}
