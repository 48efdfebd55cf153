import type { CollectionConfig } from 'payload'

import { documentsSchema } from '../../../schemas/collections/documents'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { releasedOrStaff } from '../../access/releasedOrStaff'
import { ownedContent } from '../../hooks/ownership'
import { withFileStateAccess } from '../../uploads/fileStateAccess'
import { fileHooks, servedUpload } from '../../uploads/servedUpload'
import { withholdNewFile } from '../../uploads/withholdNewFile'

export const Documents: CollectionConfig = ownedContent({
  ...documentsSchema,
  fields: withFileStateAccess(documentsSchema.fields),
  upload: servedUpload(documentsSchema, 'public'),
  access: { create: createHouseContent, read: releasedOrStaff, update: updateHouseContent, delete: deleteHouseContent },
  hooks: { ...fileHooks(documentsSchema.slug), beforeChange: [withholdNewFile] },
})
