import type { Access, CollectionConfig, PayloadRequest } from 'payload'

import { PREVIEW_PARAMETER } from '../../schemas/preview'
import { hasRole } from '../access/staff'
import { cmsEnv } from '../env'
import { previewAddress } from './previewAddress'
import { readWithPreview } from './previewGrant'
import { signPreviewToken } from './previewToken'

/**
 * The address on the public site where this document is shown as it is being edited, signed for
 * PREVIEW_LIFETIME_SECONDS; null (no « Aperçu » button) for an unsaved document, one without an
 * address yet, or an account that may not read drafts.
 */
async function previewUrl(
  collection: string,
  doc: Record<string, unknown>,
  req: PayloadRequest,
): Promise<string | null> {
  if (!hasRole(req.user, 'admin', 'editor') || (typeof doc.id !== 'number' && typeof doc.id !== 'string')) return null
  const path = await previewAddress(collection, doc, req)
  if (!path) return null
  const url = new URL(path, cmsEnv().SITE_URL)
  url.searchParams.set(PREVIEW_PARAMETER, signPreviewToken(req.payload.secret, collection, doc.id))
  return url.href
}

/**
 * A collection whose documents have a public page, made previewable: « Aperçu » opens the latest
 * draft on the site, and Payload's live preview pane shows it beside the form, reloaded at each save.
 * Its read rule also lets the preview endpoint read the one document a token names.
 */
export function previewable(config: CollectionConfig): CollectionConfig {
  const read: Access = config.access?.read ?? (({ req }) => Boolean(req.user))
  return {
    ...config,
    access: { ...config.access, read: readWithPreview(config.slug, read) },
    admin: {
      ...config.admin,
      preview: (doc, { req }) => previewUrl(config.slug, doc, req),
      livePreview: { url: ({ data, req }) => previewUrl(config.slug, data, req) },
    },
  }
}
