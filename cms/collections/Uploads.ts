import type { CollectionConfig } from 'payload'

import { documentsSchema, mediaSchema } from '../../schemas/collections/uploads'
import { adminOnly } from '../access/adminOnly'
import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { uploaders } from '../access/uploaders'
import { uploadDir } from './uploadDir'

export const Media: CollectionConfig = {
  ...mediaSchema,
  upload: { ...(mediaSchema.upload as object), staticDir: uploadDir(mediaSchema.slug) },
  access: { create: uploaders, read: anyone, update: editors, delete: adminOnly },
}

export const Documents: CollectionConfig = {
  ...documentsSchema,
  upload: { ...(documentsSchema.upload as object), staticDir: uploadDir(documentsSchema.slug) },
  access: { create: uploaders, read: anyone, update: editors, delete: adminOnly },
}
