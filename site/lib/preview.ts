import { AsyncLocalStorage } from 'node:async_hooks'

import { PREVIEW_PARAMETER, previewCollection } from '../../schemas/preview'
import { plainPage } from './unavailablePage'

const previews = new AsyncLocalStorage<string>()

/** The preview token of a page address (`?apercu=…`), or null for a public request. */
export const previewTokenOf = (url: URL): string | null => url.searchParams.get(PREVIEW_PARAMETER) || null

/** Renders one request as the preview `token` grants: reads of its collection go to the CMS's preview endpoint. */
export const withPreview = <T>(token: string, render: () => T): T => previews.run(token, render)

/** The current request's preview token when it names `collection`, else null (every read is public). */
export function previewTokenFor(collection: string): string | null {
  const token = previews.getStore()
  return token !== undefined && previewCollection(token) === collection ? token : null
}

/** Raised when the CMS refuses a preview token: `expired` (410) or not valid (403). */
export class PreviewRefusedError extends Error {
  constructor(readonly expired: boolean) {
    super(expired ? 'Preview token expired' : 'Preview token refused')
  }
}

/** A plain French page for a preview address that has expired or was never valid (styled as the 503 page). */
export const refusedPreviewPage = (expired: boolean): string =>
  plainPage({
    title: `Aperçu ${expired ? 'expiré' : 'non valable'}`,
    heading: expired ? 'Cet aperçu a expiré' : 'Cet aperçu n’est pas valable',
    paragraphs: [
      'Un aperçu ne dure que 30 minutes. Rouvrez-le depuis l’administration, avec le bouton « Aperçu » du document.',
    ],
    noindex: true,
  })
