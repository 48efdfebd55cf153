import type { CollectionConfig } from 'payload'

import { contributionFilesSchema } from '../../../schemas/collections/contributionFiles'
import { adminOnly } from '../../access/adminOnly'
import { moderatorsOrContributionService } from '../../access/contributionService'
import { moderators } from '../../access/moderation'
import { refuseOversizedImages } from '../../hooks/refuseOversizedImages'
import { contentAddressedName } from '../../uploads/fileServing'
import { refuseUnacceptedFiles } from '../../uploads/refuseUnacceptedFiles'
import { onUpload } from '../../uploads/onUpload'
import { servedUpload } from '../../uploads/servedUpload'

/** Files residents send: only moderation sees them, and they are never served publicly. */
export const ContributionFiles: CollectionConfig = {
  ...contributionFilesSchema,
  upload: servedUpload(contributionFilesSchema, 'private'),
  access: { create: moderatorsOrContributionService, read: moderators, update: moderators, delete: adminOnly },
  hooks: { beforeOperation: [refuseUnacceptedFiles, refuseOversizedImages, contentAddressedName].map(onUpload) },
}
