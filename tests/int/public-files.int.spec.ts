import { rmSync, utimesSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicFileUrl } from '../../schemas/files'
import { nonDocumentHeaders } from '../../schemas/http/securityHeaders'
import { slugs } from '../../schemas/slugs'
import { FileMemory } from '../../site/files/fileMemory'
import { heldFileFront } from '../../site/files/heldFileFront'
import { FilePermissionCache } from '../../site/files/permissionCache'
import { publicFiles } from '../../site/files/publicFiles'
import { cmsPermission } from '../../site/files/readPermission'
import { mp3File, pdfFile, pngFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'
import { publishIssueWith } from '../helpers/journal'
import { type RawAnswer, rawRequest } from '../helpers/rawHttp'
import { createShow, publishEpisodeOf } from '../helpers/shows'

let cms: TestCms
/** The site's file server reading the disk for every answer. */
let server: http.Server
let base: string
/** The same, with the bytes of the files asked held in `memory`. */
let heldServer: http.Server
let heldBase: string
let memory: CountingMemory
let audioName: string
let audioBytes: Buffer
let pdfName: string
/** While true, the CMS cannot be reached: every question to it fails as a refused connection does. */
let cmsDown = false

/**
 * File memory that counts the answers of the file server whose bytes it gave; while `frozenAt` is
 * set, its clock shows that time (ms).
 */
class CountingMemory extends FileMemory {
  answered = 0
  frozenAt: number | undefined
  override bytesOf(...args: Parameters<FileMemory['bytesOf']>) {
    const bytes = super.bytesOf(...args)
    if (bytes) this.answered += 1
    return bytes
  }
  override held(path: string, now?: number) {
    return super.held(path, this.frozenAt ?? now)
  }
}

/** How many answers the lean path of held files gave. */
let frontAnswered = 0

/**
 * A loopback server answering with `files`, 418 for what it does not serve; with `front` first,
 * as the site's handler does (site/lib/requestHandler.ts).
 */
async function serve(
  files: ReturnType<typeof publicFiles>,
  front?: ReturnType<typeof heldFileFront>,
): Promise<{ server: http.Server; base: string }> {
  const starting = nonDocumentHeaders({ https: false, frameable: false })
  const listening = http.createServer((req, res) => {
    if (front?.(req, res, starting)) {
      frontAnswered += 1
      return
    }
    for (const [name, value] of starting) res.setHeader(name, value)
    void files(req, res).then((served) => {
      if (!served) res.writeHead(418).end()
    })
  })
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve))
  return { server: listening, base: `http://127.0.0.1:${(listening.address() as AddressInfo).port}` }
}

beforeAll(async () => {
  cms = await startTestCms()
  const route = REST_GET(Promise.resolve(cms.config))
  // The CMS's own file route, as the site reaches it over HTTP, without a listening CMS.
  const cmsFetch = (async (input: URL | string, init?: RequestInit) => {
    if (cmsDown) throw new TypeError('fetch failed')
    const url = new URL(input.toString())
    return route(new Request(url, { method: init?.method ?? 'GET' }), {
      params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }),
    })
  }) as typeof fetch
  const permissions = new FilePermissionCache()
  const mayRead = cmsPermission('http://localhost:3000', cmsFetch, permissions)
  const mediaDir = process.env.MEDIA_DIR!
  ;({ server, base } = await serve(publicFiles({ mediaDir, mayRead })))
  memory = new CountingMemory(1024 * 1024)
  ;({ server: heldServer, base: heldBase } = await serve(
    publicFiles({ mediaDir, mayRead, memory }),
    heldFileFront({ mediaDir, memory, permissions }),
  ))
  const mp3 = mp3File()
  audioBytes = mp3.data
  const audio = await cms.payload.create({
    collection: slugs.audio,
    data: { title: 'Épisode', cooperation: true },
    file: mp3,
  })
  audioName = audio.filename!
  const house = await cms.payload.create({
    collection: slugs.houses,
    data: { name: 'Maison A', slug: 'maison-a', summary: 'Maison de test.', _status: 'published' },
  })
  await publishEpisodeOf(cms.payload, await createShow(cms.payload, [house.id]), audio.id, [house.id])
  const pdf = await cms.payload.create({
    collection: slugs.documents,
    data: { title: 'Numéro 1', cooperation: true },
    file: pdfFile(),
  })
  pdfName = pdf.filename!
  await publishIssueWith(cms.payload, pdf.id, { houses: [house.id] })
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await new Promise((resolve) => heldServer.close(resolve))
  await cms.stop()
})

const audioUrl = () => `${base}/fichiers/audio/${audioName}`

/** An answer's header lines but its date, names in lower case, in one order. */
const headerLines = ({ rawHeaders }: RawAnswer): string[] =>
  rawHeaders
    .flatMap((name, i) =>
      i % 2 === 0 && name.toLowerCase() !== 'date' ? [`${name.toLowerCase()}: ${rawHeaders[i + 1]}`] : [],
    )
    .sort()

describe('public files', () => {
  it('gives every CMS file address its public address on the site (or MEDIA_URL)', () => {
    expect(publicFileUrl('http://localhost:3000/api/audio/file/episode-3f9a1c2b7d4e.mp3')).toBe(
      '/fichiers/audio/episode-3f9a1c2b7d4e.mp3',
    )
    expect(publicFileUrl('http://localhost:3000/api/contribution-files/file/envoi.png')).toBe(
      'http://localhost:3000/api/contribution-files/file/envoi.png',
    )
  })

  it('serves a whole file with its sniffed type, validators, immutable caching and nosniff', async () => {
    const answer = await rawRequest(audioUrl())
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('audio/mpeg')
    expect(answer.headers['accept-ranges']).toBe('bytes')
    expect(answer.headers['etag']).toMatch(/^W?\/?".+"$/)
    expect(Date.parse(answer.headers['last-modified']!)).not.toBeNaN()
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, s-maxage=300, immutable')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['content-disposition']).toBeUndefined()
    expect(Number(answer.headers['content-length'])).toBe(audioBytes.length)
    expect(answer.body.equals(audioBytes)).toBe(true)
  })

  it('answers HEAD with the headers and no body', async () => {
    const answer = await rawRequest(audioUrl(), { method: 'HEAD' })
    expect(answer.status).toBe(200)
    expect(Number(answer.headers['content-length'])).toBe(audioBytes.length)
    expect(answer.headers['accept-ranges']).toBe('bytes')
    expect(answer.body.length).toBe(0)
  })

  it('answers the two-byte probe of Apple’s player with 206 and Content-Range', async () => {
    const answer = await rawRequest(audioUrl(), { headers: { range: 'bytes=0-1' } })
    expect(answer.status).toBe(206)
    expect(answer.headers['content-range']).toBe(`bytes 0-1/${audioBytes.length}`)
    expect(answer.headers['accept-ranges']).toBe('bytes')
    expect(answer.body.equals(audioBytes.subarray(0, 2))).toBe(true)
  })

  it('lets players on other origins read a sound, by ranges, and answers their CORS preflight', async () => {
    const answer = await rawRequest(audioUrl(), { headers: { range: 'bytes=0-1', origin: 'https://player.example' } })
    expect(answer.headers['access-control-allow-origin']).toBe('*')
    expect(answer.headers['access-control-expose-headers']).toContain('Content-Range')
    const preflight = await rawRequest(audioUrl(), {
      method: 'OPTIONS',
      headers: {
        origin: 'https://player.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'range',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-allow-headers': 'Range',
    })
    expect(preflight.body.length).toBe(0)
  })

  it('serves a middle range and refuses an unsatisfiable one with 416', async () => {
    const middle = await rawRequest(audioUrl(), { headers: { range: 'bytes=1000-1999' } })
    expect(middle.status).toBe(206)
    expect(middle.body.equals(audioBytes.subarray(1000, 2000))).toBe(true)
    const beyond = await rawRequest(audioUrl(), { headers: { range: `bytes=${audioBytes.length + 10}-` } })
    expect(beyond.status).toBe(416)
    expect(beyond.headers['content-range']).toBe(`bytes */${audioBytes.length}`)
    const beyondHead = await rawRequest(audioUrl(), {
      method: 'HEAD',
      headers: { range: `bytes=${audioBytes.length + 10}-` },
    })
    expect({ ...beyondHead.headers, date: '' }).toEqual({ ...beyond.headers, date: '' })
    // An answer to one Range only: no cache may keep it as the file's.
    expect(beyond.headers['cache-control']).toBe('no-store')
    // A suffix longer than the file selects all of it (RFC 9110, 14.1.3).
    const longSuffix = await rawRequest(audioUrl(), { headers: { range: `bytes=-${audioBytes.length + 100}` } })
    expect(longSuffix.status).toBe(206)
    expect(longSuffix.headers['content-range']).toBe(`bytes 0-${audioBytes.length - 1}/${audioBytes.length}`)
    expect(longSuffix.body.equals(audioBytes)).toBe(true)
  })

  it('ignores a Range it does not understand and sends the whole file (RFC 9110, 14.2)', async () => {
    for (const range of ['bytes=abc', 'bytes=', 'bytes=5-2', 'bytes=0-1;x', 'bytes 0-1', 'octets=0-1', 'bytes=--1']) {
      const whole = await rawRequest(audioUrl(), { headers: { range } })
      expect(whole.status, range).toBe(200)
      expect(whole.headers['content-range'], range).toBeUndefined()
      expect(whole.body.equals(audioBytes), range).toBe(true)
    }
    // Well-formed ranges are still served, or refused with 416, whatever the unit's case.
    expect((await rawRequest(audioUrl(), { headers: { range: 'Bytes=0-1' } })).status).toBe(206)
    expect((await rawRequest(audioUrl(), { headers: { range: 'bytes=-0' } })).status).toBe(416)
    expect((await rawRequest(audioUrl(), { headers: { range: 'bytes=99999999999999999999-' } })).status).toBe(416)
  })

  it('honours If-Range only with a strong matching validator (RFC 9110, 13.1.5), else sends the whole file', async () => {
    // A modification date is a strong validator only once a second has passed (8.8.2.2): an hour.
    const anHourAgo = new Date(Date.now() - 3_600_000)
    utimesSync(path.join(process.env.MEDIA_DIR!, slugs.audio, audioName), anHourAgo, anHourAgo)
    const { headers } = await rawRequest(audioUrl(), { method: 'HEAD' })
    const etag = headers.etag!
    expect(etag).toMatch(/^"[^"]+"$/)
    const ranged = (ifRange: string) => rawRequest(audioUrl(), { headers: { range: 'bytes=0-1', 'if-range': ifRange } })
    const strong = await ranged(etag)
    expect(strong.status).toBe(206)
    expect(strong.body.equals(audioBytes.subarray(0, 2))).toBe(true)
    for (const validator of [`W/${etag}`, '"autre"']) {
      const whole = await ranged(validator)
      expect(whole.status, validator).toBe(200)
      expect(whole.headers['content-range'], validator).toBeUndefined()
      expect(whole.body.equals(audioBytes), validator).toBe(true)
    }
    // The date form holds only for exactly the file's Last-Modified, not any later date.
    const lastModified = headers['last-modified']!
    expect((await ranged(lastModified)).status).toBe(206)
    const later = new Date(Date.parse(lastModified) + 60_000).toUTCString()
    expect((await ranged(later)).status).toBe(200)
  })

  it('answers 304 to If-None-Match with the current ETag', async () => {
    const { headers } = await rawRequest(audioUrl(), { method: 'HEAD' })
    const again = await rawRequest(audioUrl(), { headers: { 'if-none-match': headers.etag! } })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('makes documents downloads, never pages of the site', async () => {
    const answer = await rawRequest(`${base}/fichiers/documents/${pdfName}`, { method: 'HEAD' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/pdf')
    expect(answer.headers['content-disposition']).toBe('attachment')
  })

  it('never serves residents’ files, stray files, other names or other methods', async () => {
    const file = await cms.payload.create({ collection: slugs.contributionFiles, data: {}, file: await pngFile() })
    writeFileSync(path.join(process.env.MEDIA_DIR!, slugs.audio, 'orphelin.mp3'), audioBytes)
    for (const address of [
      `/fichiers/contribution-files/${file.filename}`,
      '/fichiers/audio/orphelin.mp3',
      `/fichiers/audio/..%2F${slugs.contributionFiles}%2F${file.filename}`,
      '/fichiers/audio/.hidden',
      `/fichiers/audio/${audioName}/x`,
      '/fichiers/users/x.mp3',
    ]) {
      const answer = await rawRequest(`${base}${address}`)
      expect(answer.status, address).toBe(404)
      expect(answer.body.toString(), address).toBe('Fichier introuvable.')
      // HEAD gets the headers GET gets (RFC 9110, 9.3.2).
      const head = await rawRequest(`${base}${address}`, { method: 'HEAD' })
      expect({ ...head.headers, date: '' }, address).toEqual({ ...answer.headers, date: '' })
    }
    expect((await rawRequest(audioUrl(), { method: 'DELETE' })).status).toBe(405)
    expect((await rawRequest(`${base}/radio`)).status).toBe(418)
  })

  it('answers 503 with Retry-After and the French notice, never 404, for a file it cannot ask the CMS about', async () => {
    const pdf = await cms.payload.create({
      collection: slugs.documents,
      data: { title: 'Numéro 2', cooperation: true },
      file: pdfFile(),
    })
    const issue = await publishIssueWith(cms.payload, pdf.id, { cooperation: true })
    // Asked about once, while the CMS answers: known to be public.
    expect((await rawRequest(audioUrl(), { method: 'HEAD' })).status).toBe(200)
    cmsDown = true
    try {
      for (const address of [`/fichiers/documents/${pdf.filename}`, '/fichiers/audio/jamais-vu.mp3']) {
        const answer = await rawRequest(`${base}${address}`)
        expect(answer.status, address).toBe(503)
        expect(answer.headers['retry-after'], address).toMatch(/^\d+$/)
        expect(answer.headers['cache-control'], address).toBe('no-store')
        expect(answer.headers['content-type'], address).toBe('text/html; charset=utf-8')
        expect(answer.headers['content-security-policy'], address).toContain("'sha256-")
        expect(answer.body.toString(), address).toContain('momentanément indisponible')
      }
      const head = await rawRequest(`${base}/fichiers/documents/${pdf.filename}`, { method: 'HEAD' })
      expect(head.status).toBe(503)
      expect(head.body.length).toBe(0)
      // A file the CMS already said is public is still served.
      const known = await rawRequest(audioUrl())
      expect(known.status).toBe(200)
      expect(known.body.equals(audioBytes)).toBe(true)
    } finally {
      cmsDown = false
    }
    expect((await rawRequest(`${base}/fichiers/documents/${pdf.filename}`, { method: 'HEAD' })).status).toBe(200)
    await cms.payload.delete({ collection: slugs.journalIssues, id: issue })
    await cms.payload.delete({ collection: slugs.documents, id: pdf.id })
  })

  it('answers from the bytes it holds in memory exactly what it answers from the disk', async () => {
    const heldUrl = `${heldBase}/fichiers/audio/${audioName}`
    // The first answer reads the disk, and has the file read to be held.
    expect((await rawRequest(heldUrl)).body.equals(audioBytes)).toBe(true)
    await expect.poll(() => memory.heldBytes).toBeGreaterThan(audioBytes.length)
    const { etag, 'last-modified': lastModified } = (await rawRequest(audioUrl(), { method: 'HEAD' })).headers
    const size = audioBytes.length
    // Each request, and whether the lean path of held files answers its GET (the file server otherwise).
    const asked: [Record<string, string>, boolean][] = [
      [{}, true],
      [{ range: 'bytes=0-1' }, true],
      [{ range: 'bytes=1000-1999' }, true],
      [{ range: 'bytes=-500' }, true],
      [{ range: `bytes=-${size + 100}` }, true],
      [{ range: `bytes=${size - 1}-` }, true],
      [{ range: 'bytes=0-' }, true],
      [{ range: 'bytes=0-0' }, true],
      [{ range: 'BYTES=0-1' }, true],
      [{ range: 'bytes= 0-1' }, true],
      [{ range: 'bytes=abc' }, true],
      [{ range: 'bytes=0-1,2-3' }, true],
      [{ range: 'bytes=0-1', 'if-range': etag! }, true],
      [{ range: 'bytes=0-1', 'if-range': `W/${etag}` }, true],
      [{ range: 'bytes=0-1', 'if-range': '"autre"' }, true],
      [{ range: 'bytes=0-1', 'if-range': lastModified! }, true],
      [{ 'if-range': etag! }, true],
      [{ range: 'bytes=0-1,100-199' }, false],
      [{ range: `bytes=${size + 10}-` }, false],
      [{ 'if-none-match': etag! }, false],
      [{ 'if-modified-since': lastModified! }, false],
    ]
    const before = memory.answered + frontAnswered
    // Held bytes are answered without a look at the disk for a second after each: the clock stops
    // meanwhile, so that every request takes the path it takes in that second.
    memory.frozenAt = Date.now()
    try {
      for (const [headers, lean] of asked) {
        for (const method of ['GET', 'HEAD']) {
          const label = `${method} ${JSON.stringify(headers)}`
          const fromDisk = await rawRequest(audioUrl(), { method, headers })
          const answeredBefore = frontAnswered
          const fromMemory = await rawRequest(heldUrl, { method, headers })
          expect(frontAnswered - answeredBefore, label).toBe(method === 'GET' && lean ? 1 : 0)
          expect(fromMemory.status, label).toBe(fromDisk.status)
          // As sent, repeats included (Node keeps only the first of some).
          expect(headerLines(fromMemory), label).toEqual(headerLines(fromDisk))
          expect(fromMemory.body.equals(fromDisk.body), label).toBe(true)
        }
      }
    } finally {
      memory.frozenAt = undefined
    }
    // Every GET with a body (not the 416 nor the two 304), never HEAD, came from memory.
    expect(memory.answered + frontAnswered - before).toBe(asked.length - 3)
  })

  it('answers a held file from the disk within a second once it is written again or deleted', async () => {
    const heldUrl = `${heldBase}/fichiers/audio/${audioName}`
    const file = path.join(process.env.MEDIA_DIR!, slugs.audio, audioName)
    await rawRequest(heldUrl)
    await expect.poll(() => memory.heldBytes).toBeGreaterThan(audioBytes.length)
    // Same name, same inode, same size: only its times say the bytes changed.
    const rewritten = Buffer.from(audioBytes)
    rewritten[rewritten.length - 1]! ^= 0xff
    writeFileSync(file, rewritten)
    try {
      const asked = async () => (await rawRequest(heldUrl)).body.equals(rewritten)
      await expect.poll(asked, { timeout: 3000 }).toBe(true)
      const answered = memory.answered + frontAnswered
      // Read again to be held: the new bytes come from memory too.
      await expect.poll(async () => (await asked()) && memory.answered + frontAnswered > answered).toBe(true)
      rmSync(file)
      await expect.poll(async () => (await rawRequest(heldUrl)).status, { timeout: 3000 }).toBe(404)
    } finally {
      writeFileSync(file, audioBytes)
    }
  })
})
