import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { FileMemory } from '../../site/files/fileMemory'
import { heldFileFront } from '../../site/files/heldFileFront'
import { FilePermissionCache } from '../../site/files/permissionCache'
import { siteRequestHandler } from '../../site/lib/requestHandler'
import { rawRequest } from '../helpers/rawHttp'
import { noFiles, staticFiles } from '../helpers/storedPages'

const SOUND = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251))

let mediaDir: string
let memory: FileMemory
let permissions: FilePermissionCache
let server: http.Server
let base: string

/** Writes `name` in `collection`'s folder and waits until `memory` holds it. */
async function holdFile(collection: string, name: string, bytes: Buffer): Promise<void> {
  const file = path.join(mediaDir, collection, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, bytes)
  memory.bytesOf(file, statSync(file))
  await expect.poll(() => memory.bytesOf(file, statSync(file))).toBeDefined()
}

beforeAll(async () => {
  mediaDir = mkdtempSync(path.join(tmpdir(), 'coope-held-front-'))
  memory = new FileMemory(1024 * 1024)
  const heldFiles = heldFileFront({ mediaDir, memory, permissions: { get: (...args) => permissions.get(...args) } })
  // The site's handler; 418: the front handed the request on (to the file server, then Astro).
  const teapot = (_req: http.IncomingMessage, res: http.ServerResponse) => void res.writeHead(418).end()
  server = http.createServer(siteRequestHandler({ astro: teapot, heldFiles, files: noFiles, staticFiles }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(mediaDir, { recursive: true, force: true })
})
beforeEach(async () => {
  permissions = new FilePermissionCache()
  permissions.set(slugs.audio, 'son.mp3', { readable: true, contentType: 'audio/mpeg' })
  // Looked at on the disk just now: held files are answered for a second after each look.
  await holdFile(slugs.audio, 'son.mp3', SOUND)
})

const sound = `/fichiers/${slugs.audio}/son.mp3`

describe('the lean path of held public files', () => {
  it('answers a whole file and one byte range from memory, each header once', async () => {
    const whole = await rawRequest(`${base}${sound}`)
    expect(whole.status).toBe(200)
    expect(whole.body.equals(SOUND)).toBe(true)
    expect(whole.headers).toMatchObject({
      'content-type': 'audio/mpeg',
      // Given by the site's starting headers and by the file's: written once.
      'x-content-type-options': 'nosniff',
      'accept-ranges': 'bytes',
      'cache-control': 'public, max-age=31536000, s-maxage=300, immutable',
      'access-control-allow-origin': '*',
      'content-length': String(SOUND.length),
    })
    expect(whole.headers['content-disposition']).toBeUndefined()
    expect(whole.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    // A target in absolute form names the same file (RFC 9112, 3.2.2).
    const absolute = await rawRequest(`${base}/`, { target: `http://ailleurs.example${sound}` })
    expect(absolute.body.equals(SOUND)).toBe(true)
    // So does one with unreserved characters percent-encoded (RFC 3986, 6.2.2.2).
    const escaped = await rawRequest(`${base}/`, { target: `/fichiers/%61udio/s%6Fn%2Emp3` })
    expect(escaped.body.equals(SOUND)).toBe(true)
    const part = await rawRequest(`${base}${sound}?v=1`, { headers: { range: 'Bytes=100-199' } })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 100-199/${SOUND.length}`)
    expect(part.body.equals(SOUND.subarray(100, 200))).toBe(true)
    // A Range it does not understand is ignored (RFC 9110, 14.2); a long suffix selects the file.
    expect((await rawRequest(`${base}${sound}`, { headers: { range: 'bytes=abc' } })).status).toBe(200)
    const suffix = await rawRequest(`${base}${sound}`, { headers: { range: 'bytes=-99999' } })
    expect(suffix.headers['content-range']).toBe(`bytes 0-${SOUND.length - 1}/${SOUND.length}`)
  })

  it('judges If-Range by the strong validator, and sends the whole file when it does not hold', async () => {
    const { etag } = (await rawRequest(`${base}${sound}`)).headers
    const ranged = (ifRange: string) =>
      rawRequest(`${base}${sound}`, { headers: { range: 'bytes=0-1', 'if-range': ifRange } })
    expect((await ranged(etag!)).status).toBe(206)
    expect((await ranged(`W/${etag}`)).status).toBe(200)
    expect((await ranged('"autre"')).status).toBe(200)
  })

  it('hands on what send judges: HEAD, conditions, several ranges, an unsatisfiable one', async () => {
    const handed: [string, Record<string, string>][] = [
      ['HEAD', {}],
      ['GET', { 'if-none-match': '"x"' }],
      ['GET', { 'if-modified-since': new Date().toUTCString() }],
      ['GET', { 'if-match': '*' }],
      ['GET', { 'if-unmodified-since': new Date().toUTCString() }],
      ['GET', { range: 'bytes=0-1,10-20' }],
      ['GET', { range: `bytes=${SOUND.length}-` }],
      ['POST', {}],
    ]
    for (const [method, headers] of handed)
      expect(
        (await rawRequest(`${base}${sound}`, { method, headers })).status,
        `${method} ${JSON.stringify(headers)}`,
      ).toBe(418)
  })

  it('never answers a file the CMS has not said lately is public, nor one of a private collection', async () => {
    await holdFile(slugs.contributionFiles, 'envoi.png', SOUND)
    permissions.set(slugs.contributionFiles, 'envoi.png', { readable: true, contentType: 'image/png' })
    await holdFile(slugs.audio, 'prive.mp3', SOUND)
    permissions.set(slugs.audio, 'prive.mp3', { readable: false })
    await holdFile(slugs.audio, 'inconnu.mp3', SOUND)
    // Names send refuses (a dotfile) or would read elsewhere, even with a permission to read them.
    await holdFile(slugs.audio, '.cache', SOUND)
    permissions.set(slugs.audio, '.cache', { readable: true, contentType: 'audio/mpeg' })
    await holdFile('pochettes', 'son.jpg', SOUND)
    permissions.set('pochettes', 'son.jpg', { readable: true, contentType: 'image/jpeg' })
    for (const address of [
      `/fichiers/${slugs.contributionFiles}/envoi.png`,
      `/fichiers/${slugs.audio}/prive.mp3`,
      `/fichiers/${slugs.audio}/inconnu.mp3`,
      `/fichiers/${slugs.audio}/.cache`,
      '/fichiers/pochettes/son.jpg',
      `/fichiers/${slugs.audio}/..%2F${slugs.contributionFiles}%2Fenvoi.png`,
      `/fichiers/${slugs.audio}/../${slugs.contributionFiles}/envoi.png`,
      `/fichiers//${slugs.audio}/son.mp3`,
      `//fichiers/${slugs.audio}/son.mp3`,
      `/fichiers/${slugs.audio}/son.mp3/x`,
      '/radio',
    ])
      // 400: a target the site refuses before any answer (schemas/http/requestTarget.ts).
      expect([400, 418], address).toContain((await rawRequest(`${base}/`, { target: address })).status)
    // An invalidation about the collection forgets the answer: the CMS is asked again first.
    permissions.forget([`${slugs.audio}:3`])
    expect((await rawRequest(`${base}${sound}`)).status).toBe(418)
  })

  it('hands on a file whose permission is older than the cache keeps it', async () => {
    permissions = new FilePermissionCache(0)
    permissions.set(slugs.audio, 'son.mp3', { readable: true, contentType: 'audio/mpeg' })
    expect((await rawRequest(`${base}${sound}`)).status).toBe(418)
  })

  it('hands on a file whose type from the CMS is no header value, for the file server to refuse', async () => {
    permissions.set(slugs.audio, 'son.mp3', { readable: true, contentType: 'audio/mpeg\u0001' })
    expect((await rawRequest(`${base}${sound}`)).status).toBe(418)
  })

  it('hands on a public file it does not hold', async () => {
    permissions.set(slugs.audio, 'ailleurs.mp3', { readable: true, contentType: 'audio/mpeg' })
    expect((await rawRequest(`${base}/fichiers/${slugs.audio}/ailleurs.mp3`)).status).toBe(418)
  })

  it('makes a document a download, as the file server does', async () => {
    await holdFile(slugs.documents, 'numero.pdf', SOUND)
    permissions.set(slugs.documents, 'numero.pdf', { readable: true, contentType: 'application/pdf' })
    const answer = await rawRequest(`${base}/fichiers/${slugs.documents}/numero.pdf`)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-disposition']).toBe('attachment')
  })
})
