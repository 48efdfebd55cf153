import type { Access, CollectionConfig, PayloadRequest } from 'payload'

import { PREVIEW_PARAMETER } from '../../schemas/preview'
import { canOwn, type Ownership } from '../access/houseContent'
import { hasRole, houseIdsOf, type StaffUser } from '../access/staff'
import { slugs } from '../../schemas/slugs'
import { cmsEnv } from '../env'
import { previewAddress } from './previewAddress'
import { readWithPreview } from './previewGrant'
import { signPreviewToken } from '../../schemas/previewToken'

/**
 * Whether an editor may change `doc` of `collection`: their own house's card, or content one of
 * their houses or the cooperation owns (fixed pages are the admins').
 */
function editorMayChange(user: StaffUser, collection: string, doc: Record<string, unknown>): boolean {
  if (collection === slugs.houses) return houseIdsOf(user).includes(String(doc.id))
  if (collection === slugs.pages) return false
  return canOwn(user, doc as Ownership)
}

/**
 * The address on the public site where this document is shown as it is being edited, signed for
 * PREVIEW_LIFETIME_SECONDS; null (no « Aperçu » button) for an unsaved document, one without an
 * address yet, or an account that may not change it.
 */
async function previewUrl(
  collection: string,
  doc: Record<string, unknown>,
  req: PayloadRequest,
): Promise<string | null> {
  if (typeof doc.id !== 'number' && typeof doc.id !== 'string') return null
  // A preview address can be handed to anyone: only those who may change the document make one.
  const user = req.user as unknown as StaffUser | null
  if (!hasRole(user, 'admin') && !(hasRole(user, 'editor') && editorMayChange(user!, collection, doc))) return null
  const path = await previewAddress(collection, doc, req)
  if (!path) return null
  const url = new URL(path, cmsEnv().SITE_URL)
  url.searchParams.set(PREVIEW_PARAMETER, signPreviewToken(cmsEnv().SITE_INVALIDATION_SECRET, collection, doc.id))
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
