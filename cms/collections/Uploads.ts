import type { CollectionConfig } from 'payload'

import { contributionFilesSchema, documentsSchema, mediaSchema } from '../../schemas/collections/uploads'
import { adminOnly } from '../access/adminOnly'
import { anyone } from '../access/anyone'
import { moderators } from '../access/moderation'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../access/houseContent'
import { ownedContent } from '../hooks/ownership'
import { fileHooks, uploadDir } from './files'
import { refuseOversizedImages } from './refuseOversizedImages'

export const Media: CollectionConfig = ownedContent({
  ...mediaSchema,
  upload: { ...(mediaSchema.upload as object), staticDir: uploadDir(mediaSchema.slug) },
  access: { create: createHouseContent, read: anyone, update: updateHouseContent, delete: deleteHouseContent },
  hooks: fileHooks(mediaSchema.slug),
})

export const Documents: CollectionConfig = ownedContent({
  ...documentsSchema,
  upload: { ...(documentsSchema.upload as object), staticDir: uploadDir(documentsSchema.slug) },
  access: { create: createHouseContent, read: anyone, update: updateHouseContent, delete: deleteHouseContent },
  hooks: fileHooks(documentsSchema.slug),
})

export const ContributionFiles: CollectionConfig = {
  ...contributionFilesSchema,
  upload: { ...(contributionFilesSchema.upload as object), staticDir: uploadDir(contributionFilesSchema.slug) },
  access: { create: moderators, read: moderators, update: moderators, delete: adminOnly },
  hooks: { beforeOperation: [refuseOversizedImages] },
}
