import type { Stats } from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import send from 'send'

import { PUBLIC_FILES_PATH, publicFileAddress, publicFileCollections } from '../../schemas/files'
import { PUBLIC_FILE_CACHE } from '../../schemas/http/fileHeaders'
import { hashSource, serializeCsp } from '../../schemas/http/securityHeaders'
import { slugs } from '../../schemas/slugs'
import { unavailablePage, unavailableStyle } from '../lib/unavailablePage'
import { contentHeaders, CORS_HEADERS, validatorsOf } from './fileAnswerHeaders'
import { rangeToServe } from './fileValidators'
import type { FileMemory } from './fileMemory'
import { ensurePodcastArt } from './podcastArt'
import { coverOfPodcastArt, PODCAST_ART_FOLDER } from './podcastArtName'
import type { PermissionCheck } from './readPermission'

export type PublicFilesOptions = {
  /** The uploads folder (MEDIA_DIR): one folder per collection, as the CMS writes them. */
  mediaDir: string
  mayRead: PermissionCheck
  /** The bytes of recently asked files, answered without reading the disk. */
  memory?: FileMemory
}

const NOT_FOUND = 'Fichier introuvable.'

/** The 404 of anything that is no public file; HEAD gets the same headers (RFC 9110, 9.3.2). */
function notFound(res: http.ServerResponse, head: boolean): void {
  res.statusCode = 404
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(NOT_FOUND))
  res.setHeader('Cache-Control', 'no-store')
  res.end(head ? undefined : NOT_FOUND)
}

/**
 * The answer to a CORS preflight (Fetch standard) for a public file: any origin, GET and HEAD, the
 * Range header a player asks for; browsers keep it for a day.
 */
function preflight(res: http.ServerResponse): void {
  res.statusCode = 204
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD')
  res.setHeader('Access-Control-Allow-Headers', 'Range')
  res.setHeader('Access-Control-Max-Age', '86400')
  res.end()
}

/** Seconds after which a visitor may ask again for a file the CMS could not say was public. */
const RETRY_AFTER_SECONDS = 30

/** The notice's policy: it loads nothing, and its one inline style is allowed by its hash. */
const UNAVAILABLE_CSP = serializeCsp({
  'default-src': ["'none'"],
  'style-src': [hashSource(unavailableStyle)],
  'frame-ancestors': ["'none'"],
})

/**
 * The CMS could not say whether the file is public (and never did): the site's French notice, as
 * pages answer then, so that a podcast app or a browser tries again instead of forgetting the file.
 */
function unavailable(res: http.ServerResponse, head: boolean): void {
  res.statusCode = 503
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
  res.setHeader('Content-Security-Policy', UNAVAILABLE_CSP)
  res.end(head ? undefined : unavailablePage)
}

/**
 * Serves `/fichiers/<collection>/<name>` from the uploads folder with the `send` library (HEAD,
 * byte ranges with 206/416 and `Accept-Ranges`, If-None-Match, Last-Modified), with strong
 * validators, If-Range and malformed Ranges (ignored: 200) judged by RFC 9110
 * (fileValidators.ts), cached by browsers for a year as immutable since names never change
 * meaning, by shared caches for minutes (`PUBLIC_FILE_CACHE`). Only files of public collections
 * that the CMS lets an anonymous visitor read are served, with the type the CMS sniffed from their
 * bytes; anything else is the same plain 404, except a file the CMS cannot be asked about while it is
 * unreachable: 503 with Retry-After and the French notice (a file it already said was public is
 * still served). Returns false when the request is not for a public file.
 */
export function publicFiles({ mediaDir, mayRead, memory }: PublicFilesOptions) {
  const prefix = `${PUBLIC_FILES_PATH}/`
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    const pathname = (req.url ?? '/').split('?')[0]!
    if (!pathname.startsWith(prefix)) return false
    const head = req.method === 'HEAD'
    if (req.method === 'OPTIONS') {
      preflight(res)
      return true
    }
    if (req.method !== 'GET' && !head) {
      res.statusCode = 405
      res.setHeader('Allow', 'GET, HEAD, OPTIONS')
      res.end()
      return true
    }
    for (const [header, value] of CORS_HEADERS) res.setHeader(header, value)
    const address = publicFileAddress(pathname)
    if (!address) {
      notFound(res, head)
      return true
    }
    const file = await resolvePublicFile(mediaDir, mayRead, address.folder, address.name)
    if (file === CMS_UNREACHABLE) {
      unavailable(res, head)
      return true
    }
    if (!file) {
      notFound(res, head)
      return true
    }
    const { folder, filename, permission } = file
    for (const [header, value] of contentHeaders(permission.contentType)) res.setHeader(header, value)
    await new Promise<void>((resolve) => {
      let found: Stats | undefined
      const transfer = send(req, filename, {
        root: path.join(mediaDir, folder),
        dotfiles: 'deny',
        index: false,
        etag: true,
        lastModified: true,
        acceptRanges: true,
        cacheControl: false,
      })
        // Between send's stat of the file (or the held file's) and its reading of the conditions.
        .on('file', (_path: string, stats: Stats) => {
          found = stats
          applyValidators(req, res, stats)
        })
        // A folder is no public file: send would redirect to its address with a slash added.
        .on('directory', () => {
          notFound(res, head)
          resolve()
        })
        .on('headers', (response: http.ServerResponse) => response.setHeader('Cache-Control', PUBLIC_FILE_CACHE))
        .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
          // The disk failed in the middle of the body: the answer can only be cut short.
          if (res.headersSent) {
            res.destroy()
            resolve()
            return
          }
          // send answers errors itself only by clearing every header, security headers included.
          res.removeHeader('Content-Type')
          res.removeHeader('Content-Disposition')
          if (error.status === 404 || error.status === 403) notFound(res, head)
          else {
            // A 416 or 412 answers one request's Range or condition, not the file: no cache keeps it.
            res.setHeader('Cache-Control', 'no-store')
            res.statusCode = error.status ?? 500
            for (const [header, value] of Object.entries(error.headers ?? {})) res.setHeader(header, value)
            res.setHeader('Content-Length', 0)
            res.end()
          }
          resolve()
        })
        .on('end', resolve)
        .on('close', resolve)
      if (memory) answerFromMemory(transfer, res, memory, () => found)
      transfer.pipe(res)
      res.on('close', resolve)
    })
    return true
  }
}

/**
 * Gives the response the file's strong validators (`send` keeps an ETag and a Last-Modified already
 * set, and judges If-None-Match with them), and hands `send` the Range to answer (`rangeToServe`):
 * `send` would answer 416 to a Range it does not understand, honour a weak If-Range tag and any
 * date before the file's, and refuse a suffix longer than the file; without a Range to answer, the
 * whole file is sent (200). Called with the file's `Stats` (its `file` event: `send`'s own stat, or
 * the stat its held bytes were read with), before `send` reads the request's conditions and Range.
 */
function applyValidators(req: http.IncomingMessage, res: http.ServerResponse, found: Stats): void {
  const validators = validatorsOf(found)
  res.setHeader('ETag', validators.etag)
  res.setHeader('Last-Modified', validators.lastModified)
  const range = rangeToServe(req.headers, validators, found.size)
  if (range === undefined) delete req.headers.range
  else req.headers.range = range
  delete req.headers['if-range']
}

/**
 * Lets `send` answer a file held in `memory` without the disk. `send` looks at the disk in two
 * places: `sendFile(path)`, its stat, which then hands the stat to `send(path, stat)` (headers,
 * conditions, Range), and `stream(path, { start, end })` (inclusive byte offsets), its read, called
 * last and never for HEAD. On this one answer they take the held file's stat and bytes, and hand
 * back to the disk for a file not held, or held but due for a look at the disk (fileMemory.ts).
 * `stats` is the stat `send` used for this answer (its `file` event).
 */
function answerFromMemory(
  transfer: send.SendStream,
  res: http.ServerResponse,
  memory: FileMemory,
  stats: () => Stats | undefined,
): void {
  const statOnDisk = transfer.sendFile.bind(transfer)
  transfer.sendFile = (filePath: string) => {
    const held = memory.held(filePath)
    if (!held) return statOnDisk(filePath)
    transfer.emit('file', filePath, held.stats)
    transfer.send(filePath, held.stats)
  }
  const readOnDisk = transfer.stream.bind(transfer)
  transfer.stream = (filePath: string, range?: { start?: number; end?: number }) => {
    const found = stats()
    const bytes = found && memory.bytesOf(filePath, found)
    if (!bytes) return readOnDisk(filePath, range)
    const start = range?.start ?? 0
    res.end(bytes.subarray(start, (range?.end ?? bytes.length - 1) + 1))
    transfer.emit('end')
  }
}

type Resolved = { folder: string; filename: string; permission: { contentType: string } }
const CMS_UNREACHABLE = 'cms-unreachable'

/**
 * Where a public address's bytes are, once the CMS has said they are public: an upload of a public
 * collection, or the podcast artwork made from a readable cover, under the signed name the site
 * gave it (`pochettes/<cover name>.<signature>.jpg`, podcastArt.ts);
 * null when there is no such public file, {@link CMS_UNREACHABLE} when the CMS could not be asked.
 */
async function resolvePublicFile(
  mediaDir: string,
  mayRead: PermissionCheck,
  collection: string,
  name: string,
): Promise<Resolved | typeof CMS_UNREACHABLE | null> {
  if (collection === PODCAST_ART_FOLDER) {
    const cover = coverOfPodcastArt(name)
    if (!cover) return null
    const permission = await mayRead(slugs.media, cover)
    if (!permission.readable && permission.cmsUnreachable) return CMS_UNREACHABLE
    if (!permission.readable || !permission.contentType.startsWith('image/')) return null
    const filename = await ensurePodcastArt(mediaDir, cover, name).catch(() => null)
    return filename ? { folder: PODCAST_ART_FOLDER, filename, permission: { contentType: 'image/jpeg' } } : null
  }
  if (!publicFileCollections.includes(collection)) return null
  const permission = await mayRead(collection, name)
  if (!permission.readable && permission.cmsUnreachable) return CMS_UNREACHABLE
  return permission.readable ? { folder: collection, filename: name, permission } : null
}
