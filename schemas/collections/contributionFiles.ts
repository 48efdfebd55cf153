import type { CollectionSchema } from '../collection'
import { slugs } from '../slugs'

/** What residents send with a contribution: private to moderation until staff publish a copy. */
export const contributionFilesSchema: CollectionSchema = {
  slug: slugs.contributionFiles,
  labels: { singular: 'Fichier reçu', plural: 'Fichiers reçus' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'mimeType', 'createdAt'], group: 'Contributions' },
  upload: {
    // The types the contribution form accepts (schemas/contributions/files.ts), as sniffed from the bytes.
    mimeTypes: [
      'image/jpeg',
      'image/png',
      'image/webp',
      'audio/mpeg',
      'audio/mp4',
      'audio/x-m4a',
      'video/mp4',
      'audio/wav',
      'audio/x-wav',
      'audio/webm',
      'video/webm',
      'audio/ogg',
      'audio/opus',
      'application/pdf',
    ],
    resizeOptions: { width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true },
    withMetadata: false,
  },
  fields: [{ name: 'description', type: 'text', label: 'Description' }],
}
