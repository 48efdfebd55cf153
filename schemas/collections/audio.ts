import type { CollectionSchema } from '../collection'
import { contributionCopyFields } from '../fields/contributionCopy'
import { houseOwnership } from '../fields/ownership'
import { slugs } from '../slugs'

export const audioSchema: CollectionSchema = {
  slug: slugs.audio,
  labels: { singular: 'Son', plural: 'Sons' },
  admin: { useAsTitle: 'title', defaultColumns: ['filename', 'title', 'duration', 'updatedAt'], group: 'Fichiers' },
  upload: { mimeTypes: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a'] },
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true },
    {
      name: 'duration',
      type: 'number',
      label: 'Durée (secondes)',
      admin: { readOnly: true, description: 'Lue dans le fichier.' },
    },
    {
      name: 'bitrate',
      type: 'number',
      label: 'Débit (bits par seconde)',
      admin: { readOnly: true, description: 'Lu dans le fichier.' },
    },
    ...houseOwnership(),
    ...contributionCopyFields(),
  ],
}
