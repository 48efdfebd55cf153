import { readFileSync } from 'node:fs'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_AUDIO_BYTES, MAX_PHOTO_BYTES } from '../../schemas/contributions/files'
import { CONTRIBUTION_SERVICE_HEADER } from '../../schemas/contributions/service'
import type { Contribution } from '../../schemas/payload-types'
import { slugs } from '../../schemas/slugs'
import { issueFormToken } from '../../site/lib/contributions/formToken'
import { contributionLimits } from '../../site/lib/contributions/rateLimit'
import { type FormFile, formData, submitToCms, validFields } from '../helpers/contributionForm'
import { contributionSite, type Post } from '../helpers/contributionSite'
import { filesOnDisk, mp3File, pdfFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restAs, restClient, type RestResponse } from '../helpers/rest'
import { createShow } from '../helpers/shows'
import { createActors, type Who } from '../helpers/staff'

/**
 * Hostile requests to the contribution form, through the site's real handler and a real CMS: each
 * must get a clear 4xx with a French message, and nothing may be stored (no contribution, no file
 * record, no file on disk). Afterwards a normal contribution still goes through.
 */
let cms: TestCms
let site: ReturnType<typeof contributionSite>
const secret = () => process.env.CONTRIBUTION_SERVICE_SECRET ?? ''

beforeAll(async () => {
  cms = await startTestCms()
  site = contributionSite(cms.config)
})
afterAll(() => cms.stop())

const stored = async () => ({
  contributions: (await cms.payload.count({ collection: slugs.contributions })).totalDocs,
  files: (await cms.payload.count({ collection: slugs.contributionFiles })).totalDocs,
  disk: filesOnDisk(slugs.contributionFiles),
})

// Files: real ones made on the spot, and crafted ones.
let jpeg: Buffer
let png: Buffer
let webp: Buffer
const mp3 = mp3File().data
const pdf = pdfFile().data

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
/** A PNG that declares `width` × `height` pixels in a few hundred bytes: a decompression bomb. */
function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(1 << 16))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}
/** A real JPEG whose frame header claims other dimensions. */
function jpegClaiming(width: number, height: number): Buffer {
  const bytes = Buffer.from(jpeg)
  for (let i = 2; i < bytes.length - 9; i++) {
    if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) {
      bytes.writeUInt16BE(height, i + 5)
      bytes.writeUInt16BE(width, i + 7)
      return bytes
    }
  }
  throw new Error('no frame header')
}
/** A real lossy WebP whose frame header claims 16383 × 16383 pixels. */
function webpBomb(): Buffer {
  const bytes = Buffer.from(webp)
  const start = bytes.indexOf(Buffer.from([0x9d, 0x01, 0x2a]))
  bytes.writeUInt16LE(0x3fff, start + 3)
  bytes.writeUInt16LE(0x3fff, start + 5)
  return bytes
}
const heic = () =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)])
/** A real HEIC photo (tests/fixtures) whose image size boxes (`ispe`) claim 20 000 × 20 000 pixels. */
function heicBomb(): Buffer {
  const bytes = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'photo-gps.heic'))
  for (let at = bytes.indexOf('ispe'); at !== -1; at = bytes.indexOf('ispe', at + 4)) {
    bytes.writeUInt32BE(20_000, at + 8)
    bytes.writeUInt32BE(20_000, at + 12)
  }
  return bytes
}
const text = (value: string) => Buffer.from(value, 'utf8')
const oversized = (head: Buffer, size: number) => Buffer.concat([head, Buffer.alloc(size - head.length)])

const photo = (bytes: Buffer, name = 'photo.jpg', type = 'image/jpeg'): FormFile => ({
  field: 'photos',
  bytes,
  name,
  type,
})
const audio = (bytes: Buffer, name = 'son.mp3', type = 'audio/mpeg'): FormFile => ({
  field: 'audio',
  bytes,
  name,
  type,
})
const withPhotos = (files: FormFile[], fields: Record<string, string> = {}): Post => ({
  fields: validFields({ kind: 'photo', imageRights: 'nobody', ...fields }),
  files,
})

type Hostile = { name: string; post: () => Post }
const cases: Hostile[] = []
const add = (name: string, post: () => Post) => cases.push({ name, post })

// Oversized files and totals.
add('a photo over the size limit', () => withPhotos([photo(oversized(jpeg, MAX_PHOTO_BYTES + 1))]))
add('a recording over the size limit', () => ({
  fields: validFields(),
  files: [audio(oversized(mp3, MAX_AUDIO_BYTES + 1))],
}))
add('too many photos', () => withPhotos(Array.from({ length: 5 }, (_, i) => photo(jpeg, `p${i}.jpg`))))
add('two recordings', () => ({ fields: validFields(), files: [audio(mp3), audio(mp3, 'b.mp3')] }))
add('files over the total limit', () =>
  withPhotos(
    [0, 1]
      .map((i) => photo(oversized(jpeg, 7 * 1024 * 1024), `p${i}.jpg`))
      .concat(audio(oversized(mp3, 2 * 1024 * 1024))),
  ),
)
add('an empty photo file', () => withPhotos([photo(Buffer.alloc(0), 'vide.jpg')]))
add('a title of 161 characters', () => ({ fields: validFields({ title: 'a'.repeat(161) }) }))
add('a text of 10 001 characters', () => ({ fields: validFields({ content: 'a'.repeat(10_001) }) }))
add('a name of 121 characters', () => ({ fields: validFields({ name: 'a'.repeat(121) }) }))
add('an e-mail address of 300 characters', () => ({ fields: validFields({ email: `${'a'.repeat(290)}@exemple.fr` }) }))

// Wrong types, whatever the name and the declared type say.
const wrongPhotos: [string, () => Buffer, string, string][] = [
  ['a PDF named .jpg', () => pdf, 'tract.jpg', 'image/jpeg'],
  ['an MP3 named .jpg', () => mp3, 'son.jpg', 'image/jpeg'],
  [
    'an SVG',
    () => text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    'logo.svg',
    'image/svg+xml',
  ],
  [
    'an SVG named .png',
    () => text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    'logo.png',
    'image/png',
  ],
  ['HTML named .jpg', () => text('<!doctype html><html><script>alert(1)</script></html>'), 'photo.jpg', 'image/jpeg'],
  ['HTML named .png', () => text('<html><body onload=alert(1)>'), 'photo.png', 'image/png'],
  ['plain text named .webp', () => text('bonjour'), 'photo.webp', 'image/webp'],
  [
    'a GIF',
    () => Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'),
    'anim.gif',
    'image/gif',
  ],
  ['a BMP', () => Buffer.concat([text('BM'), Buffer.alloc(60)]), 'image.bmp', 'image/bmp'],
  [
    'a TIFF',
    () => Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), Buffer.alloc(64)]),
    'scan.tif',
    'image/tiff',
  ],
  ['a HEIC header without an image', heic, 'IMG_0001.HEIC', 'image/heic'],
  [
    'a ZIP named .jpg',
    () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]),
    'photo.jpg',
    'image/jpeg',
  ],
  ['a Windows program named .jpg', () => Buffer.concat([text('MZ'), Buffer.alloc(128)]), 'photo.jpg', 'image/jpeg'],
  ['a PHP script named .jpg', () => text('<?php system($_GET["c"]); ?>'), 'photo.jpg', 'image/jpeg'],
  [
    'random bytes',
    () => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)),
    'photo.jpg',
    'image/jpeg',
  ],
  ['a JPEG named .png', () => jpeg, 'photo.png', 'image/png'],
  ['a PNG named .jpg', () => png, 'photo.jpg', 'image/jpeg'],
  ['a JPEG named .jpg.html', () => jpeg, 'photo.jpg.html', 'image/jpeg'],
  ['a JPEG without extension', () => jpeg, 'photo', 'image/jpeg'],
  ['a JPEG named .jpg followed by a space', () => jpeg, 'photo.jpg ', 'image/jpeg'],
  ['a JPEG named .exe', () => jpeg, 'photo.exe', 'application/octet-stream'],
]
for (const [name, bytes, filename, type] of wrongPhotos)
  add(`as a photo: ${name}`, () => withPhotos([photo(bytes(), filename, type)]))
const wrongAudio: [string, () => Buffer, string][] = [
  ['a JPEG named .mp3', () => jpeg, 'son.mp3'],
  ['a PDF named .mp3', () => pdf, 'son.mp3'],
  ['HTML named .mp3', () => text('<html><script>alert(1)</script></html>'), 'son.mp3'],
  ['an MP3 named .wav', () => mp3, 'son.wav'],
  ['an MP3 named .html', () => mp3, 'son.html'],
  ['a truncated WAV header', () => Buffer.concat([text('RIFF'), Buffer.alloc(4), text('WAVE')]), 'son.wav'],
]
for (const [name, bytes, filename] of wrongAudio)
  add(`as a recording: ${name}`, () => ({ fields: validFields(), files: [audio(bytes(), filename)] }))

// Polyglots: real media that are also web pages.
add('a JPEG followed by a script', () => withPhotos([photo(Buffer.concat([jpeg, text('<script>alert(1)</script>')]))]))
add('a JPEG with HTML in a comment', () =>
  withPhotos([
    photo(
      Buffer.concat([
        jpeg.subarray(0, 2),
        Buffer.from([0xff, 0xfe, 0, 40]),
        text('<html><body>alert(1)</body></html>  '),
        jpeg.subarray(2),
      ]),
    ),
  ]),
)
add('a PNG with an HTML text chunk', () =>
  withPhotos([
    photo(
      Buffer.concat([
        png.subarray(0, 33),
        pngChunk('tEXt', text('Comment\0<html><script>alert(1)</script>')),
        png.subarray(33),
      ]),
      'photo.png',
      'image/png',
    ),
  ]),
)
add('a WebP followed by an SVG', () =>
  withPhotos([photo(Buffer.concat([webp, text('<svg onload=alert(1)>')]), 'photo.webp', 'image/webp')]),
)
add('an MP3 followed by a script', () => ({
  fields: validFields(),
  files: [audio(Buffer.concat([mp3, text('<script>alert(1)</script>')]))],
}))
add('an MP3 with a PHP tag inside', () => ({
  fields: validFields(),
  files: [audio(Buffer.concat([mp3.subarray(0, 4096), text('<?php echo 1; ?>'), mp3.subarray(4096)]))],
}))

// Pixel floods: tiny files declaring huge images.
add('a PNG of 20 000 × 20 000 pixels', () => withPhotos([photo(pngBomb(20_000, 20_000), 'bombe.png', 'image/png')]))
add('a PNG of 100 000 × 100 000 pixels', () => withPhotos([photo(pngBomb(100_000, 100_000), 'bombe.png', 'image/png')]))
add('a PNG of 1 × 50 000 000 pixels', () => withPhotos([photo(pngBomb(1, 50_000_000), 'bombe.png', 'image/png')]))
add('a PNG of 65 535 × 65 535 pixels', () => withPhotos([photo(pngBomb(65_535, 65_535), 'bombe.png', 'image/png')]))
add('a JPEG claiming 65 000 × 65 000 pixels', () => withPhotos([photo(jpegClaiming(65_000, 65_000))]))
add('a JPEG claiming 10 000 × 5 000 pixels', () => withPhotos([photo(jpegClaiming(10_000, 5_000))]))
add('a HEIC claiming 20 000 × 20 000 pixels', () => withPhotos([photo(heicBomb(), 'IMG_0002.HEIC', 'image/heic')]))
add('a WebP claiming 16 383 × 16 383 pixels', () => withPhotos([photo(webpBomb(), 'bombe.webp', 'image/webp')]))
add('a truncated JPEG', () => withPhotos([photo(jpeg.subarray(0, 200))]))

// Script and markup in every text field.
const scripts = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea><svg onload=alert(1)>',
  '<!-- -->',
  '<a href="javascript:alert(1)">lien</a>',
]
const textFields = ['title', 'content', 'name', 'pseudonym', 'eventPlace', 'parentName']
for (const field of textFields)
  for (const script of scripts.slice(0, field === 'title' || field === 'content' ? 5 : 2))
    add(`markup in ${field}: ${script}`, () => ({
      fields: validFields({
        kind: 'event-proposal',
        eventDate: '2027-03-14',
        eventPlace: 'Maison du Port',
        signature: 'pseudonym',
        pseudonym: 'Zaza',
        under15: 'yes',
        parentName: 'Fatou Diallo',
        parentalConsent: 'yes',
        [field]: field === 'title' ? `Fête ${script}` : `${script} et du texte autour pour la longueur`,
      }),
    }))
add('markup as the e-mail address', () => ({
  fields: validFields({ email: '"<script>alert(1)</script>"@exemple.fr' }),
}))
add('markup as the phone number', () => ({ fields: validFields({ phone: '<script>alert(1)</script>' }) }))
add('markup as the kind', () => ({ fields: validFields({ kind: '<script>' }) }))
add('markup as the date', () => ({
  fields: validFields({ kind: 'event-proposal', eventDate: '<script>', eventPlace: 'Ici' }),
}))

// Path traversal and tricks in file names.
const names = [
  '../../../etc/passwd.jpg',
  '..\\..\\windows\\win.ini.jpg',
  '/etc/shadow.jpg',
  'photo.jpg\u0000.html',
  'C:\\photo.jpg',
  'photo\u202Egpj.html',
  'photo..jpg',
  'a/b.jpg',
  'photo\n.jpg',
]
for (const name of names) add(`a photo named ${JSON.stringify(name)}`, () => withPhotos([photo(jpeg, name)]))

// Unicode tricks.
add('a right-to-left override in the title', () => ({ fields: validFields({ title: 'Facture \u202Efdp.exe' }) }))
add('a zero-width space in the name', () => ({ fields: validFields({ name: 'Awa\u200BDiallo' }) }))
add('a byte-order mark in the pseudonym', () => ({
  fields: validFields({ signature: 'pseudonym', pseudonym: '\uFEFFadmin' }),
}))
add('a NUL character in the text', () => ({
  fields: validFields({ content: 'Un texte\u0000 caché dans le courrier' }),
}))
add('an escape sequence in the title', () => ({ fields: validFields({ title: 'Titre \u001b[31mrouge' }) }))
add('a line break in the title', () => ({ fields: validFields({ title: 'Titre\nX-Header: injecté' }) }))
add('a flood of combining marks in the title', () => ({ fields: validFields({ title: `Z${'\u0301'.repeat(400)}` }) }))
add('an isolate in the event place', () => ({
  fields: validFields({ kind: 'event-proposal', eventDate: '2027-03-14', eventPlace: 'Ici\u2066 là' }),
}))

// Missing, wrong and extra fields.
for (const field of ['kind', 'title', 'name', 'publication', 'signature', 'under15'])
  add(`without ${field}`, () => ({
    fields: Object.fromEntries(Object.entries(validFields()).filter(([name]) => name !== field)),
  }))
add('an unknown kind', () => ({ fields: validFields({ kind: 'article' }) }))
add('an unknown signature choice', () => ({ fields: validFields({ signature: 'admin' }) }))
add('publication neither yes nor no', () => ({ fields: validFields({ publication: 'peut-être' }) }))
add('a pseudonym chosen but not given', () => ({ fields: validFields({ signature: 'pseudonym', pseudonym: '' }) }))
add('under 15 without a parent’s consent', () => ({ fields: validFields({ under15: 'yes', parentName: 'Fatou' }) }))
add('under 15 without a parent’s name', () => ({ fields: validFields({ under15: 'yes', parentalConsent: 'yes' }) }))
add('an event proposal without a date', () => ({ fields: validFields({ kind: 'event-proposal', eventPlace: 'Ici' }) }))
add('an impossible date', () => ({
  fields: validFields({ kind: 'event-proposal', eventDate: '2027-13-45', eventPlace: 'Ici' }),
}))
add('an impossible time', () => ({
  fields: validFields({ kind: 'event-proposal', eventDate: '2027-03-14', eventTime: '25:99', eventPlace: 'Ici' }),
}))
add('an invalid e-mail address', () => ({ fields: validFields({ email: 'pas-une-adresse' }) }))
add('a letter without text', () => ({ fields: validFields({ content: '' }) }))
for (const [field, value] of <[string, string][]>[
  ['status', 'published'],
  ['moderationNote', 'ok'],
  ['role', 'admin'],
  ['__proto__', 'x'],
  ['constructor', 'x'],
  ['reference', 'C-AAAAAAAA'],
])
  add(`an extra field ${field}`, () => ({ fields: validFields({ [field]: value }) }))
add('a field sent twice', () => ({
  body: (() => {
    const form = formData(validFields({ formToken: issueFormToken(secret(), Date.now() - 5000).token }))
    form.append('title', 'Autre titre')
    return form
  })(),
  cookie: null,
}))
add('text in the photos field', () => ({ fields: { ...validFields(), photos: 'photo.jpg' } }))
add('a file in a text field', () => ({
  fields: validFields(),
  files: [{ field: 'title' as never, bytes: jpeg, name: 'titre.jpg' }],
}))

// Robots and forged posts.
add('the honeypot filled in', () => ({ fields: validFields({ website: 'https://spam.example' }) }))
add('no form token', () => ({ fields: validFields(), token: null }))
add('no cookie', () => ({ fields: validFields(), cookie: null }))
add('a forged token', () => ({ fields: validFields(), token: `${Date.now() - 5000}.AAAAAAAAAAAAAAAAAAAAAA.forged` }))
add('a token of another browser', () => ({ fields: validFields(), cookie: 'BBBBBBBBBBBBBBBBBBBBBB' }))
add('a token signed with another secret', () => {
  const other = issueFormToken('x'.repeat(64), Date.now() - 5000)
  return { fields: validFields(), token: other.token, cookie: other.nonce }
})
add('a form sent in under 3 seconds', () => {
  const fresh = issueFormToken(secret())
  return { fields: validFields(), token: fresh.token, cookie: fresh.nonce }
})
add('a form shown 7 hours ago', () => {
  const old = issueFormToken(secret(), Date.now() - 7 * 60 * 60 * 1000)
  return { fields: validFields(), token: old.token, cookie: old.nonce }
})
add('a token from the future', () => {
  const future = issueFormToken(secret(), Date.now() + 60 * 60 * 1000)
  return { fields: validFields(), token: future.token, cookie: future.nonce }
})
add('a JSON body', () => ({ body: JSON.stringify(validFields()), contentType: 'application/json' }))
add('a plain-text body', () => ({ body: 'kind=letter', contentType: 'text/plain' }))
add('a multipart body without boundary', () => ({ body: 'garbage', contentType: 'multipart/form-data' }))

beforeAll(async () => {
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer()
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  webp = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .webp()
    .toBuffer()
})

describe('hostile requests to the contribution form', () => {
  it('are at least a hundred', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
  })

  it.each(cases)('$name: a 4xx with a French message, nothing stored', async ({ post }) => {
    const before = await stored()
    const answer = await site.post(post())
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    const messages = Object.values(answer.errors).join(' ')
    expect(messages).toMatch(/[a-zà-ÿ]{3,}/i)
    expect(messages).not.toMatch(/Error|undefined|stack|\bat \w+ \(|Invalid|expected|received|Required|Too (big|small)/)
    expect(await stored()).toEqual(before)
  })

  it('a flood from one address: refused with 429 and a delay once its sends are used up, what was typed given back', async () => {
    const limits = contributionLimits({ accepted: 5, sends: 30 })
    const before = await stored()
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) {
      const answer = await site.post({
        fields: validFields({ website: 'robot' }),
        limits: { limits, client: '203.0.113.9' },
      })
      statuses.push(answer.ok ? 200 : answer.status)
      if (!answer.ok && answer.status === 429) {
        expect(answer.retryAfter).toBeGreaterThan(0)
        expect(answer.values.title).toBe(validFields().title)
      }
    }
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true)
    expect(statuses.slice(30).every((status) => status === 429)).toBe(true)
    expect(limits.admit('198.51.100.7')).toBe(0)
    expect(await stored()).toEqual(before)
  })

  it('counts only stored contributions against the five: four sends refused for a mistake do not use them up', async () => {
    const limits = contributionLimits()
    const client = { limits, client: '203.0.113.10' }
    for (let i = 0; i < 4; i++) {
      const refused = await site.post({ fields: validFields({ title: '' }), limits: client })
      expect(refused).toMatchObject({ ok: false, status: 400 })
    }
    expect(await site.post({ fields: validFields(), limits: client })).toMatchObject({ ok: true })
    expect(await site.post({ fields: validFields(), limits: client })).toMatchObject({ ok: true })
    for (let i = 0; i < 3; i++)
      expect(await site.post({ fields: validFields(), limits: client })).toMatchObject({ ok: true })
    // Five stored: the sixth waits, however valid, and the resident keeps the text to send later.
    expect(await site.post({ fields: validFields(), limits: client })).toMatchObject({
      ok: false,
      status: 429,
      values: { title: validFields().title, content: validFields().content, name: 'Awa Diallo' },
    })
  })

  it('behind a reverse proxy (TRUST_PROXY=1), residents are counted by the address the proxy saw, and only then', async () => {
    const limits = contributionLimits({ accepted: 1 })
    const proxy = '10.0.0.1'
    const from = (forwardedFor: string, trustProxy: boolean) =>
      site.post({ fields: validFields(), limits: { limits, client: proxy, forwardedFor, trustProxy } })
    // Two residents behind the proxy: one contribution each.
    expect(await from('203.0.113.20', true)).toMatchObject({ ok: true })
    expect(await from('203.0.113.21', true)).toMatchObject({ ok: true })
    expect(await from('203.0.113.21', true)).toMatchObject({ ok: false, status: 429 })
    // A client's own X-Forwarded-For entries come first: the right-most one, the proxy's, counts.
    expect(await from('198.51.100.99, 203.0.113.21', true)).toMatchObject({ ok: false, status: 429 })
    // Without TRUST_PROXY the header is anyone's to write: the connection's address counts.
    expect(await from('203.0.113.22', false)).toMatchObject({ ok: true })
    expect(await from('203.0.113.23', false)).toMatchObject({ ok: false, status: 429 })
  })

  it('straight to the CMS without the service’s secret, or with a wrong one: refused, nothing stored', async () => {
    const before = await stored()
    const direct = submitToCms(cms.config)
    expect((await direct(formData(validFields()), null)).status).toBe(403)
    expect((await direct(formData(validFields()), 'x'.repeat(64))).status).toBe(403)
    expect(await stored()).toEqual(before)
  })

  it('leave the form working: a normal contribution with a photo and a recording goes through after them', async () => {
    const before = await stored()
    const answer = await site.post(withPhotos([photo(jpeg), audio(mp3)]))
    expect(answer).toMatchObject({ ok: true })
    expect(await stored()).toEqual({
      contributions: before.contributions + 1,
      files: before.files + 2,
      disk: before.disk + 2,
    })
  })
})

/**
 * Hostile requests to « Créer le brouillon » (`POST /api/contributions/:id/draft`): the wrong
 * people, wrong ids, contributions not ready or already drafted, wrong kinds and bodies that try to
 * set more than the show. Each gets a clear 4xx with a French message, and nothing is written:
 * no article, event, episode or sound, and no contribution changes (not even its `updatedAt`).
 */
describe('hostile requests to « Créer le brouillon »', () => {
  type Target = 'letter' | 'sound' | 'received' | 'inReview' | 'rejected' | 'drafted' | 'noDate' | 'noFile'
  type DraftCase = { name: string; who: Who | 'service'; target: Target | string; body?: unknown; status: number }
  let ids: Record<Target, number>
  let show: number
  let asStaff: Awaited<ReturnType<typeof restAs>>
  let houseA: number

  beforeAll(async () => {
    const created = await createActors(cms.payload)
    houseA = created.houseA.id
    asStaff = await restAs(cms.payload, cms.config, created.actors)
    show = await createShow(cms.payload, [houseA])
    const sound = await cms.payload.create({ collection: slugs.contributionFiles, data: {}, file: mp3File() })
    const contribution = (
      kind: Contribution['kind'],
      status: Contribution['status'],
      extra: Partial<Contribution> = {},
    ) =>
      cms.payload
        .create({
          collection: slugs.contributions,
          data: {
            kind,
            title: 'Le lavoir',
            content: 'Un souvenir.',
            signature: 'Awa',
            contributor: { name: 'Awa Diallo', email: 'awa@example.org' },
            consent: { publication: true, signatureChoice: 'first' },
            status,
            houses: [houseA],
            ...extra,
          },
        })
        .then((doc) => doc.id)
    const drafted = await contribution('letter', 'accepted')
    expect((await asStaff('moderator', 'POST', `contributions/${drafted}/draft`)).status).toBe(201)
    ids = {
      letter: await contribution('letter', 'accepted'),
      sound: await contribution('audio', 'accepted', { files: [sound.id] }),
      received: await contribution('letter', 'received'),
      inReview: await contribution('letter', 'in-review'),
      rejected: await contribution('letter', 'rejected'),
      drafted,
      noDate: await contribution('event-proposal', 'accepted', { proposedEvent: { place: 'Square' } }),
      noFile: await contribution('audio', 'accepted'),
    }
  })

  const written = async () => ({
    articles: (await cms.payload.count({ collection: slugs.articles })).totalDocs,
    events: (await cms.payload.count({ collection: slugs.events })).totalDocs,
    episodes: (await cms.payload.count({ collection: slugs.episodes })).totalDocs,
    audio: (await cms.payload.count({ collection: slugs.audio })).totalDocs,
    contributions: (
      await cms.payload.find({ collection: slugs.contributions, depth: 0, limit: 0, sort: 'id' })
    ).docs.map(({ id, status, houses, draft, updatedAt }) => ({ id, status, houses, draft, updatedAt })),
  })

  const draftCases: DraftCase[] = []
  const addDraft = (name: string, who: DraftCase['who'], target: DraftCase['target'], status: number, body?: unknown) =>
    draftCases.push({ name, who, target, status, body })

  // The wrong people.
  addDraft('an anonymous visitor', 'anonymous', 'letter', 403)
  addDraft('the contribution service of the site', 'service', 'letter', 403)
  addDraft('an editor of another house', 'editorB', 'letter', 403)
  addDraft('an editor of the house concerned', 'editorA', 'letter', 403)
  addDraft('an anonymous visitor choosing a show', 'anonymous', 'sound', 403, { show: 1 })
  // Wrong and unknown ids.
  for (const id of [
    '999999',
    '0',
    '-1',
    '1.5',
    'abc',
    '1%20OR%201%3D1',
    '%3Cscript%3E',
    '9'.repeat(40),
    '..%2F..%2Fusers',
  ])
    addDraft(`the contribution id ${decodeURIComponent(id)}`, 'moderator', id, 404)
  // Contributions that are not ready, or already made into a draft.
  addDraft('a contribution just received', 'moderator', 'received', 409)
  addDraft('a contribution in review', 'moderator', 'inReview', 409)
  addDraft('a rejected contribution', 'admin', 'rejected', 409)
  addDraft('a second draft of the same contribution', 'moderator', 'drafted', 409)
  // Wrong kinds and shows.
  addDraft('a show for a letter', 'moderator', 'letter', 400, { show: 'chosen' })
  addDraft('a sound without a show', 'moderator', 'sound', 400)
  addDraft('a sound with an unknown show', 'moderator', 'sound', 400, { show: 999999 })
  addDraft('a sound whose recording is missing', 'moderator', 'noFile', 409, { show: 'chosen' })
  addDraft('an event proposal without a date', 'moderator', 'noDate', 409)
  for (const value of ['1', -1, 0, 1.5, null, true, [1], { id: 1 }])
    addDraft(`a show given as ${JSON.stringify(value)}`, 'moderator', 'sound', 400, { show: value })
  // Bodies that try to set more than the show.
  const injected: [string, Record<string, unknown>][] = [
    ['the authors', { authors: [{ kind: 'staff', name: 'Quelqu’un d’autre' }] }],
    ['the status', { status: 'published' }],
    ['the publication status', { _status: 'published' }],
    ['the houses', { houses: [1, 2] }],
    ['the cooperation', { cooperation: true }],
    ['the title', { title: '<script>alert(1)</script>' }],
    ['the collection', { collection: 'users' }],
    ['the data of the draft', { data: { title: 'Autre' } }],
    ['the signature', { signature: 'Awa Diallo' }],
    ['a prototype', JSON.parse('{"__proto__": {"status": "published"}}') as Record<string, unknown>],
  ]
  for (const [what, body] of injected) {
    addDraft(`a body setting ${what}`, 'moderator', 'letter', 400, body)
    addDraft(`a body setting ${what} beside a show`, 'moderator', 'sound', 400, { show: 'chosen', ...body })
  }
  addDraft('a JSON string as the body', 'moderator', 'letter', 400, 'show=1')
  addDraft('a JSON array as the body', 'moderator', 'letter', 400, [{ show: 1 }])
  addDraft('a JSON null as the body', 'moderator', 'letter', 400, null)

  const send = (who: DraftCase['who'], path: string, body: unknown): Promise<RestResponse> =>
    who === 'service'
      ? restClient(cms.config)('POST', path, body, {
          headers: { [CONTRIBUTION_SERVICE_HEADER]: process.env.CONTRIBUTION_SERVICE_SECRET ?? '' },
        })
      : asStaff(who, 'POST', path, body)

  it('are at least fifty', () => {
    expect(draftCases.length).toBeGreaterThanOrEqual(50)
  })

  it.each(draftCases)(
    '$name: $status with a French message, nothing written',
    async ({ who, target, body, status }) => {
      const id = target in ids ? ids[target as Target] : target
      const withShow =
        body && typeof body === 'object' && 'show' in body && body.show === 'chosen' ? { ...body, show } : body
      const before = await written()
      const answer = await send(who, `contributions/${id}/draft`, withShow)
      expect(answer.status).toBe(status)
      const message = (answer.body.errors as { message?: string }[] | undefined)?.[0]?.message ?? ''
      expect(message).toMatch(/[a-zà-ÿ]{3,}/i)
      expect(message).not.toMatch(/Error|undefined|stack|\bat \w+ \(|Invalid|expected|received|Required|Not Found/)
      expect(await written()).toEqual(before)
    },
  )

  it('leave the endpoint working: the same moderator then makes the sound’s episode', async () => {
    const answer = await asStaff('moderator', 'POST', `contributions/${ids.sound}/draft`, { show })
    expect(answer).toMatchObject({ status: 201, body: { collection: slugs.episodes } })
  })
})
