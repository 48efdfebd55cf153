import type { CollectionConfig } from 'payload'

import { audioSchema } from '../../../schemas/collections/uploads'
import { anyone } from '../../access/anyone'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { ownedContent } from '../../hooks/ownership'
import { fileHooks, uploadDir } from '../files'
import { readDuration } from './hooks/readDuration'

export const Audio: CollectionConfig = ownedContent({
  ...audioSchema,
  upload: { ...(audioSchema.upload as object), staticDir: uploadDir(audioSchema.slug) },
  access: { create: createHouseContent, read: anyone, update: updateHouseContent, delete: deleteHouseContent },
  hooks: { ...fileHooks(audioSchema.slug), beforeChange: [readDuration] },
})
