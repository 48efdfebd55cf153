import type { CollectionConfig } from 'payload'

import { documentsSchema } from '../../../schemas/collections/documents'
import { anyone } from '../../access/anyone'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { fileHooks, servedUpload } from '../../uploads/servedUpload'
import { ownedContent } from '../../hooks/ownership'

export const Documents: CollectionConfig = ownedContent({
  ...documentsSchema,
  upload: servedUpload(documentsSchema, 'public'),
  access: { create: createHouseContent, read: anyone, update: updateHouseContent, delete: deleteHouseContent },
  hooks: fileHooks(documentsSchema.slug),
})
