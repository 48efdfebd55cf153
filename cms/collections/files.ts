import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { cmsEnv } from '../env'
import { invalidateAfterChange, invalidateAfterDelete } from '../hooks/invalidateSite'
import { refuseOversizedImages } from './refuseOversizedImages'

/** Uploads live under MEDIA_DIR (absolute, from the environment), one folder per collection. */
export const uploadDir = (collection: string): string => path.join(cmsEnv().MEDIA_DIR, collection)

/** A replaced file or a corrected text alternative must reach the pages that show it. */
export const fileHooks = (collection: string): NonNullable<CollectionConfig['hooks']> => ({
  beforeOperation: [refuseOversizedImages],
  afterChange: [invalidateAfterChange(collection)],
  afterDelete: [invalidateAfterDelete(collection)],
})
