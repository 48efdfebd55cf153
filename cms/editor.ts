import { lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'

import { slugs } from '../schemas/slugs'

/**
 * The rich text editor of every text: Lexical's default features, with uploads in a text limited
 * to images (Media). A sound is public only while a published episode plays it and a PDF while a
 * published journal issue offers it (cms/hooks/releaseShownFiles.ts): placed in a text, one would
 * stay withheld and its link would silently drop from the page. The server refuses such a node.
 */
export const editor = lexicalEditor({
  features: ({ defaultFeatures }) =>
    defaultFeatures.map((feature) =>
      feature.key === 'upload' ? UploadFeature({ enabledCollections: [slugs.media] }) : feature,
    ),
})
