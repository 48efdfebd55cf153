import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { houseOwnership } from '../fields/ownership'
import { slugField } from '../fields/slug'
import { slugs } from '../slugs'
import { podcastCategories, podcastLanguages, showTypes } from '../vocabularies'

export const showsSchema: CollectionSchema = {
  slug: slugs.shows,
  labels: { singular: 'Émission', plural: 'Émissions' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'category', '_status'], group: 'Radio' },
  versions: publicVersions,
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 140 },
    slugField(),
    { name: 'description', type: 'textarea', label: 'Description', required: true, maxLength: 4000 },
    {
      name: 'cover',
      type: 'upload',
      relationTo: slugs.media,
      label: 'Visuel carré (1400 à 3000 px)',
      required: true,
      admin: {
        description: 'Une image carrée de 1400 à 3000 pixels de côté, comme l’exigent les applications de podcast.',
      },
    },
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
    {
      name: 'showType',
      type: 'select',
      label: 'Ordre d’écoute',
      defaultValue: 'episodic',
      options: showTypes.options(),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'license',
          type: 'text',
          label: 'Licence (identifiant SPDX)',
          defaultValue: 'cc-by-nc-sa-4.0',
          admin: {
            description: 'Par exemple cc-by-nc-sa-4.0 (Creative Commons BY-NC-SA 4.0), comme dans la liste SPDX.',
          },
        },
        { name: 'location', type: 'text', label: 'Lieu', defaultValue: 'Valmont-sur-Loire' },
      ],
    },
    {
      name: 'funding',
      type: 'group',
      label: 'Soutenir l’émission',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'url', type: 'text', label: 'Adresse (https://…)' },
            { name: 'label', type: 'text', label: 'Texte du lien', maxLength: 128 },
          ],
        },
      ],
    },
    {
      name: 'podcastGuid',
      type: 'text',
      label: 'Identifiant du podcast (podcast:guid)',
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Calculé une fois depuis l’adresse du flux, puis gardé même si l’adresse change.',
      },
    },
    ...houseOwnership(),
  ],
}
