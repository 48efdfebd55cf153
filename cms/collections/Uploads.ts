import type { CollectionConfig } from 'payload'

import { contributionFilesSchema, documentsSchema, mediaSchema } from '../../schemas/collections/uploads'
import { adminOnly } from '../access/adminOnly'
import { anyone } from '../access/anyone'
import { moderators } from '../access/moderation'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../access/houseContent'
import { fileHooks, servedUpload } from './files'
import { contentAddressedName } from './fileServing'
import { refuseOversizedImages } from './refuseOversizedImages'

export const Media: CollectionConfig = {
  ...mediaSchema,
  upload: servedUpload(mediaSchema, 'public'),
  access: { create: createHouseContent, read: anyone, update: updateHouseContent, delete: deleteHouseContent },
  hooks: fileHooks(mediaSchema.slug),
}

export const Documents: CollectionConfig = {
  ...documentsSchema,
  upload: servedUpload(documentsSchema, 'public'),
  access: { create: createHouseContent, read: anyone, update: updateHouseContent, delete: deleteHouseContent },
  hooks: fileHooks(documentsSchema.slug),
}

export const ContributionFiles: CollectionConfig = {
  ...contributionFilesSchema,
  upload: servedUpload(contributionFilesSchema, 'private'),
  access: { create: moderators, read: moderators, update: moderators, delete: adminOnly },
  hooks: { beforeOperation: [refuseOversizedImages, contentAddressedName] },
}
