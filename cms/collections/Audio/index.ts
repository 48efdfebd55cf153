import type { CollectionConfig } from 'payload'

import { audioSchema } from '../../../schemas/collections/uploads'
import { adminOnly } from '../../access/adminOnly'
import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import { uploaders } from '../../access/uploaders'
import { fileHooks, uploadDir } from '../files'
import { readDuration } from './hooks/readDuration'

export const Audio: CollectionConfig = {
  ...audioSchema,
  upload: { ...(audioSchema.upload as object), staticDir: uploadDir(audioSchema.slug) },
  access: { create: uploaders, read: anyone, update: editors, delete: adminOnly },
  hooks: { ...fileHooks(audioSchema.slug), beforeChange: [readDuration] },
}
