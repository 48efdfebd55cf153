import type { CollectionSchema } from '../collection'
import { contributionCopyFields } from '../fields/contributionCopy'
import { houseOwnership } from '../fields/ownership'
import { slugs } from '../slugs'

/** Widths in CSS pixels of the sizes every image is made in, by name. */
export const imageWidths = { thumbnail: 400, card: 800, hero: 1600 } as const
export type ImageSizeName = keyof typeof imageWidths

/** Every width exists in AVIF (smallest) and WebP (widest support); the original is kept. */
export const imageSizes = Object.entries(imageWidths).flatMap(([name, width]) =>
  (['avif', 'webp'] as const).map((format) => ({
    name: `${name}-${format}`,
    width,
    withoutEnlargement: true,
    formatOptions: { format, options: format === 'avif' ? { quality: 55, effort: 2 } : { quality: 78 } },
  })),
)

export const mediaSchema: CollectionSchema = {
  slug: slugs.media,
  labels: { singular: 'Image', plural: 'Images' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'updatedAt'], group: 'Fichiers' },
  upload: {
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // Re-encoding the original too drops its metadata (GPS position, camera) and bounds its size.
    resizeOptions: { width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true },
    withMetadata: false,
    focalPoint: true,
    imageSizes,
    adminThumbnail: 'thumbnail-webp',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Texte alternatif',
      required: true,
      maxLength: 300,
      admin: {
        description:
          'Décrit l’image pour les personnes qui ne la voient pas. Mettez « décorative » si elle n’apporte rien.',
      },
    },
    { name: 'caption', type: 'text', label: 'Légende' },
    { name: 'credit', type: 'text', label: 'Crédit' },
    ...houseOwnership(),
    ...contributionCopyFields(),
  ],
}
