import path from 'node:path'

import type { CollectionConfig, UploadConfig } from 'payload'

import type { CollectionSchema } from '../../schemas/collection'
import type { CollectionSlug } from '../../schemas/slugs'
import { cmsEnv } from '../env'
import { invalidateAfterChange, invalidateAfterDelete } from '../hooks/invalidateSite'
import { contentAddressedName, fileResponseHeaders, missingFileIsNotFound } from './fileServing'
import { refuseOversizedImages } from '../hooks/refuseOversizedImages'
import { refuseUnacceptedFiles } from './refuseUnacceptedFiles'
import { refuseWhenDiskFull } from './fullDisk'
import { onUpload } from './onUpload'
import { refuseDeletingUsedFile } from './refuseDeletingUsedFile'

/** Uploads live under MEDIA_DIR (absolute, from the environment), one folder per collection. */
export const uploadDir = (collection: CollectionSlug): string => path.join(cmsEnv().MEDIA_DIR, collection)

/** An upload collection's storage and serving: its folder, a 404 for a missing file, safe headers. */
export const servedUpload = (schema: CollectionSchema, visibility: 'public' | 'private'): UploadConfig => {
  const staticDir = uploadDir(schema.slug)
  return {
    ...(schema.upload as UploadConfig),
    staticDir,
    handlers: [missingFileIsNotFound(staticDir)],
    modifyResponseHeaders: fileResponseHeaders(visibility),
  }
}

/** A replaced file or a corrected text alternative must reach the pages that show it. */
export const fileHooks = (collection: CollectionSlug): NonNullable<CollectionConfig['hooks']> => ({
  beforeOperation: [refuseUnacceptedFiles, refuseOversizedImages, contentAddressedName, refuseWhenDiskFull].map(
    onUpload,
  ),
  beforeDelete: [refuseDeletingUsedFile],
  afterChange: [invalidateAfterChange(collection)],
  afterDelete: [invalidateAfterDelete(collection)],
})
