import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { fieldRefusal } from './refusal'

/** Decoding cost grows with pixels, not bytes: a small PNG can hide a huge image (ASVS V5.2.6). */
export const MAX_IMAGE_PIXELS = 50_000_000

/** Refuses such an image in plain French before anything tries to process it. */
export const refuseOversizedImages: CollectionBeforeOperationHook = async ({ args, req }) => {
  const file = req.file
  if (!file?.mimetype.startsWith('image/')) return args
  const { width = 0, height = 0 } = await sharp(file.data, { limitInputPixels: false }).metadata()
  if (width * height > MAX_IMAGE_PIXELS) {
    throw fieldRefusal('image-too-large', {
      path: 'file',
      message: `Image trop grande (${width} × ${height} pixels) : réduisez-la à 50 millions de pixels au plus.`,
    })
  }
  return args
}
