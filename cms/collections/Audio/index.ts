import type { CollectionConfig } from 'payload'

import { audioSchema } from '../../../schemas/collections/audio'
import { releasedOrStaff } from '../../access/releasedOrStaff'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { onUpload } from '../../uploads/onUpload'
import { withFileStateAccess } from '../../uploads/fileStateAccess'
import { fileHooks, servedUpload } from '../../uploads/servedUpload'
import { readAudioFacts, refuseNonPodcastAudio } from './hooks/readAudioFacts'
import { withholdNewFile } from '../../uploads/withholdNewFile'
import { ownedContent } from '../../hooks/ownership'

const { beforeOperation = [], ...shared } = fileHooks(audioSchema.slug)

export const Audio: CollectionConfig = ownedContent({
  ...audioSchema,
  fields: withFileStateAccess(audioSchema.fields),
  upload: servedUpload(audioSchema, 'public'),
  access: { create: createHouseContent, read: releasedOrStaff, update: updateHouseContent, delete: deleteHouseContent },
  // The type is checked on the bytes before anything else looks at the file.
  hooks: {
    ...shared,
    beforeOperation: [onUpload(refuseNonPodcastAudio), ...beforeOperation],
    beforeChange: [readAudioFacts, withholdNewFile],
  },
})
