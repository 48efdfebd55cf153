import type { CollectionConfig } from 'payload'

import { contributionFilesSchema, documentsSchema, mediaSchema } from '../../schemas/collections/uploads'
import { adminOnly } from '../access/adminOnly'
import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { moderators } from '../access/moderation'
import { uploaders } from '../access/uploaders'
import { fileHooks, uploadDir } from './files'
import { refuseOversizedImages } from './refuseOversizedImages'

export const Media: CollectionConfig = {
  ...mediaSchema,
  upload: { ...(mediaSchema.upload as object), staticDir: uploadDir(mediaSchema.slug) },
  access: { create: uploaders, read: anyone, update: editors, delete: adminOnly },
  hooks: fileHooks(mediaSchema.slug),
}

export const Documents: CollectionConfig = {
  ...documentsSchema,
  upload: { ...(documentsSchema.upload as object), staticDir: uploadDir(documentsSchema.slug) },
  access: { create: uploaders, read: anyone, update: editors, delete: adminOnly },
  hooks: fileHooks(documentsSchema.slug),
}

export const ContributionFiles: CollectionConfig = {
  ...contributionFilesSchema,
  upload: { ...(contributionFilesSchema.upload as object), staticDir: uploadDir(contributionFilesSchema.slug) },
  access: { create: moderators, read: moderators, update: moderators, delete: adminOnly },
  hooks: { beforeOperation: [refuseOversizedImages] },
}
