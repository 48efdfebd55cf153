import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeOperationHook, UploadConfig } from 'payload'

import { PUBLIC_FILE_CACHE, shownInline } from '../../schemas/http/fileHeaders'

/**
 * Gives an uploaded file a name that ends with a digest of its bytes (`affiche-3f9a1c2b7d4e.jpg`), so
 * that a name, once served, always means the same bytes: files can be cached for a year, and a
 * replaced file gets a new address instead of a stale copy in caches and podcast apps.
 */
export const contentAddressedName: CollectionBeforeOperationHook = ({ args, req }) => {
  const file = req.file
  if (!file) return args
  const digest = createHash('sha256').update(file.data).digest('hex').slice(0, 12)
  const ext = path.extname(file.name)
  const base = path.basename(file.name, ext)
  if (!base.endsWith(`-${digest}`)) file.name = `${base}-${digest}${ext}`
  return args
}

/**
 * A file that is not on the disk is a 404 for the visitor and one line for the operator (Payload's
 * own answer is a 500 with an error in the log).
 */
export const missingFileIsNotFound =
  (staticDir: string): NonNullable<UploadConfig['handlers']>[number] =>
  (req, { params }) => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    // Other names are refused by Payload's own check, which comes after the handlers.
    if (!file.startsWith(dir + path.sep)) return
    // Resolving with nothing lets Payload serve the file as usual.
    return stat(file).then(
      () => undefined,
      () => {
        req.payload.logger.info(`Not found (404): file ${params.filename} of ${params.collection}`)
        return Response.json({ errors: [{ message: 'Fichier introuvable.' }] }, { status: 404 })
      },
    ) as Promise<Response>
  }

/**
 * Headers of a served file (Payload has sniffed its type from its bytes): no MIME guessing by the
 * browser, documents downloaded rather than rendered on the CMS's origin, and caching according to
 * who may read it.
 */
export const fileResponseHeaders =
  (visibility: 'public' | 'private'): NonNullable<UploadConfig['modifyResponseHeaders']> =>
  ({ headers }) => {
    headers.set('X-Content-Type-Options', 'nosniff')
    if (!shownInline(headers.get('Content-Type') ?? '')) headers.set('Content-Disposition', 'attachment')
    headers.set('Cache-Control', visibility === 'public' ? PUBLIC_FILE_CACHE : 'private, no-store')
    return headers
  }
