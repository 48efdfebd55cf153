import type { CollectionConfig } from 'payload'

import { mediaSchema } from '../../../schemas/collections/media'
import { anyone } from '../../access/anyone'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { fileHooks, servedUpload } from '../../uploads/servedUpload'
import { ownedContent } from '../../hooks/ownership'

export const Media: CollectionConfig = ownedContent({
  ...mediaSchema,
  upload: servedUpload(mediaSchema, 'public'),
  access: { create: createHouseContent, read: anyone, update: updateHouseContent, delete: deleteHouseContent },
  hooks: fileHooks(mediaSchema.slug),
})
