import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DISK_FULL_MESSAGE } from '../../cms/uploads/fullDisk'
import { slugs } from '../../schemas/slugs'
import { startTestCms, type TestCms } from '../helpers/payload'
import { passwordOf } from '../helpers/staff'

/**
 * The uploads folder on a 2 MB tmpfs (the tests run as root): a real full disk, without filling the
 * machine's own.
 */
let cms: TestCms
let media: string

beforeAll(async () => {
  const dir = path.join(process.env.TMPDIR ?? '/tmp', `coope-disque-${process.pid}`)
  media = path.join(dir, 'media')
  mkdirSync(media, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', media])
  cms = await startTestCms({ MEDIA_DIR: media })
})
afterAll(async () => {
  await cms?.stop()
  execFileSync('umount', [media])
  rmSync(path.dirname(media), { recursive: true, force: true })
})

/** A photo-like JPEG (noise compresses badly) of about `width` × 3/4 `width` pixels. */
async function photo(width: number) {
  const height = Math.round((width * 3) / 4)
  const noise = Buffer.alloc(width * height * 3)
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()
}

/** Uploads as staff do from the admin: a multipart POST to the REST API, signed in as an admin. */
async function upload(
  data: Buffer,
  alt: string,
): Promise<{ status: number; body: { errors?: { message: string }[] } }> {
  const email = 'disque@test.coope'
  if ((await cms.payload.count({ collection: slugs.users, where: { email: { equals: email } } })).totalDocs === 0)
    await cms.payload.create({
      collection: slugs.users,
      data: { name: 'Disque', email, password: passwordOf(email), role: 'admin' },
    })
  const { token } = await cms.payload.login({ collection: slugs.users, data: { email, password: passwordOf(email) } })
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'photo.jpg')
  form.append('_payload', JSON.stringify({ alt, cooperation: true }))
  const url = new URL(`http://localhost/api/${slugs.media}`)
  const response = await REST_POST(Promise.resolve(cms.config))(
    new Request(url, { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } }),
    { params: Promise.resolve({ slug: [slugs.media] }) },
  )
  return { status: response.status, body: (await response.json()) as { errors?: { message: string }[] } }
}

const filesIn = () => readdirSync(path.join(media, slugs.media)).filter((name) => !name.startsWith('remplissage'))
const stored = async (alt: string) =>
  (await cms.payload.count({ collection: slugs.media, where: { alt: { equals: alt } } })).totalDocs

describe('a full disk while uploading', () => {
  it('refuses in French before writing anything when there is no room for the file', async () => {
    mkdirSync(path.join(media, slugs.media), { recursive: true })
    const { bavail, bsize } = statfsSync(media)
    const filler = path.join(media, slugs.media, 'remplissage.bin')
    writeFileSync(filler, Buffer.alloc(bavail * bsize - 300_000))
    try {
      const answer = await upload(await photo(400), 'Sans place')
      expect(answer.status).toBe(507)
      expect(answer.body.errors?.[0]?.message).toBe(DISK_FULL_MESSAGE)
      expect(await stored('Sans place')).toBe(0)
      expect(filesIn()).toEqual([])
    } finally {
      rmSync(filler)
    }
  })
})
