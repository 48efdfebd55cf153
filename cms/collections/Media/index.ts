import type { CollectionConfig } from 'payload'

import { mediaSchema } from '../../../schemas/collections/media'
import { releasedOrStaff } from '../../access/releasedOrStaff'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { withFileStateAccess } from '../../uploads/fileStateAccess'
import { fileHooks, servedUpload } from '../../uploads/servedUpload'
import { ownedContent } from '../../hooks/ownership'
import { keepCoversSquare } from './hooks/keepCoversSquare'

export const Media: CollectionConfig = ownedContent({
  ...mediaSchema,
  fields: withFileStateAccess(mediaSchema.fields),
  upload: servedUpload(mediaSchema, 'public'),
  access: { create: createHouseContent, read: releasedOrStaff, update: updateHouseContent, delete: deleteHouseContent },
  hooks: { ...fileHooks(mediaSchema.slug), beforeChange: [keepCoversSquare] },
})
