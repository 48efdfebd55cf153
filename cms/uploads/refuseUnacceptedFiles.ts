import { sniffType } from '../../schemas/sniffType'
import type { CollectionBeforeOperationHook } from 'payload'

import { fileFormats } from '../../schemas/vocabularies'
import { fieldRefusal } from '../hooks/refusal'

/** "JPEG, PNG, WebP ou AVIF": the accepted formats as staff name them, each once. */
export const acceptedFormats = (mimeTypes: readonly string[]): string => {
  const names = [...new Set(mimeTypes.map((type) => fileFormats.label(type)))]
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ou ${names.at(-1)}` : (names[0] ?? '')
}

const plural = (label: unknown): string => (typeof label === 'string' ? label : 'cette collection')

/** `name` with the extension of its real format (`entretien.m4a` holding MP3 bytes: `entretien.mp3`). */
export const withExtension = (name: string, ext: string): string => `${name.replace(/\.[^./\\]*$/, '')}.${ext}`

/**
 * Refuses, in French and on the file field, a file whose real format (read from its bytes, not its
 * name) the collection does not take, saying which formats it does take. Payload's own check would
 * answer "Invalid MIME type: application/pdf" in English. An accepted file then carries the type
 * and extension of its bytes, not those its sender gave: Payload checks and stores the sender's
 * type, so an MP3 sent as `application/octet-stream` was refused, and one named `.m4a` was served
 * under that name as `audio/mpeg`.
 */
export const refuseUnacceptedFiles: CollectionBeforeOperationHook = async ({ args, collection, req }) => {
  const file = req.file
  const accepted = collection.upload && collection.upload.mimeTypes
  if (!file || !accepted || accepted.length === 0) return args
  const type = await sniffType(file.data)
  const sniffed = type?.mime ?? file.mimetype
  if (accepted.includes(sniffed)) {
    if (type) {
      file.mimetype = type.mime
      file.name = withExtension(file.name, type.ext)
    }
    return args
  }
  const what = fileFormats.has(sniffed) ? `un fichier ${fileFormats.label(sniffed)}` : 'un fichier d’un format inconnu'
  throw fieldRefusal(
    'file-type-not-accepted',
    {
      path: 'file',
      message: `Ce fichier est ${what} : « ${plural(collection.labels.plural)} » accepte seulement les fichiers ${acceptedFormats(accepted)}.`,
    },
    400,
    { accepted },
  )
}
