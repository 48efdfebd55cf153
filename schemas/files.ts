import { z } from 'zod'

import { decodeUnreserved } from './http/requestTarget'
import { slugs } from './slugs'

/** Where the site serves public files: `/fichiers/<collection>/<file name>`. */
export const PUBLIC_FILES_PATH = '/fichiers'

/**
 * Upload collections whose files anonymous visitors may read (when the CMS's read rule lets them
 * read the document). Residents' contribution files are deliberately absent: never served publicly.
 */
export const publicFileCollections: readonly string[] = [slugs.media, slugs.audio, slugs.documents]

/** A file name as uploads are named: no folder, no dot file, nothing to escape. */
export const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/

/**
 * The folder and file name a request target under `PUBLIC_FILES_PATH` names
 * (`/fichiers/<folder>/<name>`, query ignored), escaped unreserved characters read as themselves
 * (`decodeUnreserved`: `%61udio` is `audio`); null when the target is not under it, or names no
 * file as uploads are named (`SAFE_FILE_NAME`: no other escape, no `..`, no dot file), or names a
 * deeper path. Whether the folder holds public files is for the caller to say.
 */
export function publicFileAddress(target: string): { folder: string; name: string } | null {
  const prefix = `${PUBLIC_FILES_PATH}/`
  if (!target.startsWith(prefix)) return null
  const query = target.indexOf('?')
  const within = decodeUnreserved(target.slice(prefix.length, query < 0 ? undefined : query))
  const [folder, name, ...rest] = within.split('/')
  return folder && name && !rest.length && SAFE_FILE_NAME.test(name) ? { folder, name } : null
}

const MediaUrl = z
  .url({ error: 'MEDIA_URL must be an http(s) URL such as https://medias.example.org.' })
  .transform((u) => u.replace(/\/+$/, ''))
  .optional()

/**
 * Where public file addresses start: `MEDIA_URL` (a CDN or bucket holding the same
 * `/fichiers/<collection>/<name>` layout) when set, else the site's own origin (a root-relative
 * address). Read from the environment of the process that renders, once.
 */
let mediaBase: string | undefined
export function publicFilesBase(): string {
  mediaBase ??= MediaUrl.parse(process.env.MEDIA_URL || undefined) ?? ''
  return mediaBase
}

const CMS_FILE_PATH = /^\/api\/([a-z0-9-]+)\/file\/([^/?#]+)$/

/**
 * The public address of an uploaded file, from the address the CMS gives it
 * (`<CMS>/api/<collection>/file/<name>`): `<MEDIA_URL or site>/fichiers/<collection>/<name>`.
 * Addresses of other collections, or that are not CMS file addresses, are returned unchanged.
 */
export function publicFileUrl(cmsUrl: string): string {
  let pathname: string
  try {
    pathname = new URL(cmsUrl, 'http://cms.invalid').pathname
  } catch {
    return cmsUrl
  }
  const match = CMS_FILE_PATH.exec(pathname)
  if (!match || !publicFileCollections.includes(match[1]!)) return cmsUrl
  return `${publicFilesBase()}${PUBLIC_FILES_PATH}/${match[1]}/${match[2]}`
}
