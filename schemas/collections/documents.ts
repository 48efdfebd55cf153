import type { CollectionSchema } from '../collection'
import { houseOwnership } from '../fields/ownership'
import { withheldField } from '../fields/withheld'
import { slugs } from '../slugs'

export const documentsSchema: CollectionSchema = {
  slug: slugs.documents,
  labels: { singular: 'Document', plural: 'Documents' },
  admin: { useAsTitle: 'title', defaultColumns: ['filename', 'title', 'updatedAt'], group: 'Fichiers' },
  upload: { mimeTypes: ['application/pdf'] },
  fields: [{ name: 'title', type: 'text', label: 'Titre', required: true }, ...houseOwnership(), withheldField()],
}
