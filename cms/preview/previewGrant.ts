import type { Access, PayloadRequest } from 'payload'

import type { PreviewGrant } from '../../schemas/previewToken'

/**
 * Where the preview endpoint puts the grant of a verified token. `req.context` is filled by server
 * code only (no request header or parameter reaches it), so no visitor can grant themselves a draft.
 */
const PREVIEW_GRANT = 'previewGrant'

/** Marks `req` as reading for a verified preview token. */
export function grantPreview(req: PayloadRequest, grant: PreviewGrant): void {
  req.context[PREVIEW_GRANT] = grant
}

/**
 * The collection's read rule, widened to the one document a verified preview token names (its
 * drafts included, read by the preview endpoint with `draft: true`); unchanged for every other
 * request and every other collection.
 */
export const readWithPreview =
  (collection: string, read: Access): Access =>
  async (args) => {
    const grant = args.req.context[PREVIEW_GRANT] as PreviewGrant | undefined
    const rule = await read(args)
    if (!grant || grant.collection !== collection || rule === true) return rule
    const theDocument = { id: { equals: grant.id } }
    return rule === false ? theDocument : { or: [rule, theDocument] }
  }
