import type { CollectionConfig } from 'payload'

import { audioSchema } from '../../../schemas/collections/audio'
import { anyone } from '../../access/anyone'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { fileHooks, servedUpload } from '../../uploads/servedUpload'
import { readDuration } from './hooks/readDuration'
import { ownedContent } from '../../hooks/ownership'

export const Audio: CollectionConfig = ownedContent({
  ...audioSchema,
  upload: servedUpload(audioSchema, 'public'),
  access: { create: createHouseContent, read: anyone, update: updateHouseContent, delete: deleteHouseContent },
  hooks: { ...fileHooks(audioSchema.slug), beforeChange: [readDuration] },
})
