import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { auditFiles } from '../../cms/uploads/orphans'
import { PENDING_DIR, settlePendingDeletions } from '../../cms/uploads/pendingDeletions'
import { slugs } from '../../schemas/slugs'
import { startTestCms, type TestCms } from '../helpers/payload'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(() => cms.stop())

/** A photo as a phone takes it: EXIF with the place it was taken. */
const phonePhoto = () =>
  sharp({ create: { width: 3200, height: 2400, channels: 3, background: '#c2410c' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Téléphone', Model: 'Démo' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '47/1 23/1 0/1' },
    })
    .toBuffer()

describe('images', () => {
  it('strips the metadata of the original and of every size, and bounds the original', async () => {
    const data = await phonePhoto()
    expect((await sharp(data).metadata()).exif).toBeDefined()
    const image = await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Une façade orange', cooperation: true },
      file: { data, mimetype: 'image/jpeg', name: 'photo.jpg', size: data.length },
    })
    const stored = (name: string) => readFileSync(path.join(process.env.MEDIA_DIR!, slugs.media, name))
    const original = await sharp(stored(image.filename!)).metadata()
    expect(original.exif).toBeUndefined()
    expect(Math.max(original.width!, original.height!)).toBe(2560)
    for (const [name, size] of Object.entries(image.sizes ?? {})) {
      expect(size?.mimeType, name).toBe(name.endsWith('avif') ? 'image/avif' : 'image/webp')
      expect((await sharp(stored(size!.filename!)).metadata()).exif, name).toBeUndefined()
    }
    expect(Object.keys(image.sizes ?? {}).sort()).toEqual(
      ['card-avif', 'card-webp', 'hero-avif', 'hero-webp', 'thumbnail-avif', 'thumbnail-webp'].sort(),
    )
  })

  it('refuses an image too large to decode safely (pixel flood)', async () => {
    const data = await sharp({ create: { width: 7200, height: 7200, channels: 3, background: '#fff8ee' } })
      .png({ compressionLevel: 1 })
      .toBuffer()
    await expect(
      cms.payload.create({
        collection: slugs.media,
        data: { alt: 'Immense', cooperation: true },
        file: { data, mimetype: 'image/png', name: 'immense.png', size: data.length },
      }),
    ).rejects.toMatchObject({ data: { code: 'image-too-large' }, message: expect.stringContaining('7200 × 7200') })
    expect(
      (await cms.payload.count({ collection: slugs.media, where: { alt: { equals: 'Immense' } } })).totalDocs,
    ).toBe(0)
  })

  it('requires a text alternative', async () => {
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    await expect(
      cms.payload.create({
        collection: slugs.media,
        data: {} as never,
        file: { data, mimetype: 'image/png', name: 'x.png', size: data.length },
      }),
    ).rejects.toThrow(/Texte alternatif/)
  })

  it('refuses a file that is not what its type says', async () => {
    const data = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(
      cms.payload.create({
        collection: slugs.media,
        data: { alt: 'x', cooperation: true },
        file: { data, mimetype: 'image/png', name: 'x.png', size: data.length },
      }),
    ).rejects.toThrow()
  })
})

describe('audio', () => {
  it('reads the duration from the file and refuses audio it cannot decode', async () => {
    const mp3 = readFileSync(path.join(import.meta.dirname, '..', '..', 'media', 'demo', 'episode-2.mp3'))
    const audio = await cms.payload.create({
      collection: slugs.audio,
      data: { title: 'Épisode', cooperation: true },
      file: { data: mp3, mimetype: 'audio/mpeg', name: 'episode.mp3', size: mp3.length },
    })
    expect(audio.duration).toBeCloseTo(23.45, 0)
    const noise = Buffer.alloc(4096, 7)
    await expect(
      cms.payload.create({
        collection: slugs.audio,
        data: { title: 'Bruit', cooperation: true },
        file: { data: noise, mimetype: 'audio/mpeg', name: 'bruit.mp3', size: noise.length },
      }),
    ).rejects.toThrow()
  })
})

describe('files of a house', () => {
  it('takes a sound and a PDF whose answer shows the house with its logo (the logo is not checked as the upload)', async () => {
    const logoData = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1d4ed8' } })
      .png()
      .toBuffer()
    const logo = await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Logo', cooperation: true },
      file: { data: logoData, mimetype: 'image/png', name: 'logo.png', size: logoData.length },
    })
    const house = await cms.payload.create({
      collection: slugs.houses,
      data: { name: 'Maison des essais', summary: 'Pour les essais.', logo: logo.id, _status: 'published' },
    })
    const mp3 = readFileSync(path.join(import.meta.dirname, '..', '..', 'media', 'demo', 'episode-2.mp3'))
    const pdf = readFileSync(path.join(import.meta.dirname, '..', '..', 'media', 'demo', 'journal-2.pdf'))
    // depth 2, as REST answers by default: the house and its logo (an image) are read within the upload.
    const audio = await cms.payload.create({
      collection: slugs.audio,
      data: { title: 'Son de la maison', houses: [house.id] },
      file: { data: mp3, mimetype: 'audio/mpeg', name: 'son.mp3', size: mp3.length },
      depth: 2,
    })
    expect(audio.houses).toMatchObject([{ id: house.id, logo: { id: logo.id } }])
    const document = await cms.payload.create({
      collection: slugs.documents,
      data: { title: 'Programme de la maison', houses: [house.id] },
      file: { data: pdf, mimetype: 'application/pdf', name: 'programme.pdf', size: pdf.length },
      depth: 2,
    })
    expect(document.mimeType).toBe('application/pdf')
  })
})

describe('files a deletion or a replacement removes', () => {
  const mediaDir = () => path.join(process.env.MEDIA_DIR!, slugs.media)
  const keptDir = () => path.join(process.env.MEDIA_DIR!, PENDING_DIR, slugs.media)
  const small = async (colour: string) => {
    const data = await sharp({ create: { width: 640, height: 480, channels: 3, background: colour } })
      .jpeg()
      .toBuffer()
    return { data, mimetype: 'image/jpeg', name: 'petite.jpg', size: data.length }
  }
  const create = async (colour: string) =>
    cms.payload.create({ collection: slugs.media, data: { alt: colour, cooperation: true }, file: await small(colour) })
  /** Runs `operation` with a hook of `kind` that fails once Payload has removed the files, before the commit. */
  const failingAfter = async (kind: 'afterDelete' | 'afterChange', operation: () => Promise<unknown>) => {
    const hooks = cms.payload.collections[slugs.media].config.hooks[kind] as unknown[]
    const failure = () => {
      throw new Error('panne simulée')
    }
    hooks.push(failure)
    try {
      await expect(operation()).rejects.toThrow('panne simulée')
    } finally {
      hooks.splice(hooks.indexOf(failure), 1)
    }
  }
  /** The file names of an image: its file and the sizes made for it (a small image has no large sizes). */
  const names = (doc: { filename?: string | null; sizes?: Record<string, { filename?: string | null }> | null }) => [
    doc.filename!,
    ...Object.values(doc.sizes ?? {}).flatMap((size) => (size.filename ? [size.filename] : [])),
  ]

  it('gives its files back to a document whose deletion was rolled back', async () => {
    const image = await create('#1d4ed8')
    await failingAfter('afterDelete', () => cms.payload.delete({ collection: slugs.media, id: image.id }))
    // Payload removed the files before the failure; the document is still there.
    expect(existsSync(path.join(mediaDir(), image.filename!))).toBe(false)
    await cms.payload.findByID({ collection: slugs.media, id: image.id })
    // Settling spares what is younger than its bound (an operation maybe still in flight)…
    expect(await settlePendingDeletions(cms.payload, new Date(Date.now() - 60_000))).toEqual({
      restored: [],
      dropped: [],
    })
    // …and gives back the rest.
    const settled = await settlePendingDeletions(cms.payload)
    // (Two sizes of a small image may share one file: the names are compared as sets.)
    expect(new Set(settled.restored)).toEqual(new Set(names(image).map((name) => `${slugs.media}/${name}`)))
    for (const name of names(image)) expect(existsSync(path.join(mediaDir(), name)), name).toBe(true)
    expect(existsSync(path.join(keptDir(), image.filename!))).toBe(false)
    expect((await auditFiles(cms.payload)).missing).toEqual([])
  })

  it('gives the old file back when a replacement was rolled back, and drops what committed deletions kept', async () => {
    const image = await create('#15803d')
    await failingAfter('afterChange', async () =>
      cms.payload.update({ collection: slugs.media, id: image.id, data: {}, file: await small('#b91c1c') }),
    )
    expect((await cms.payload.findByID({ collection: slugs.media, id: image.id })).filename).toBe(image.filename)
    const other = await create('#7c3aed')
    await cms.payload.delete({ collection: slugs.media, id: other.id })
    const settled = await settlePendingDeletions(cms.payload)
    expect(settled.restored).toContain(`${slugs.media}/${image.filename}`)
    expect(settled.dropped).toContain(`${slugs.media}/${other.filename}`)
    expect(existsSync(path.join(keptDir(), other.filename!))).toBe(false)
    // The new file the failed replacement wrote is an orphan the next start sets aside.
    expect((await auditFiles(cms.payload)).missing).toEqual([])
  })
})
