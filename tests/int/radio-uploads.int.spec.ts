import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { podcastGuid } from '../../schemas/radio/addresses'
import { slugs } from '../../schemas/slugs'
import { mp3File, pngFile, wavFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let cover: number
let audio: number
beforeAll(async () => {
  cms = await startTestCms({ SITE_URL: 'https://radio.example.org' })
  cover = (
    await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Visuel', cooperation: true },
      file: await pngFile('visuel.png', 1400),
    })
  ).id
  audio = (
    await cms.payload.create({ collection: slugs.audio, data: { title: 'Son', cooperation: true }, file: mp3File() })
  ).id
})
afterAll(() => cms.stop())

let serial = 0
const showData = (slug = `emission-${++serial}`) => ({
  title: `Émission ${slug}`,
  slug,
  description: 'Une émission.',
  cover,
  language: 'fr' as const,
  category: 'News' as const,
  owner: { name: 'Radio', email: 'radio@test.coope' },
  cooperation: true,
})

describe('audio uploads', () => {
  it('reads duration, bitrate and size from an MP3', async () => {
    const file = await cms.payload.findByID({ collection: slugs.audio, id: audio })
    expect(file.duration).toBeGreaterThan(20)
    expect(file.bitrate).toBeGreaterThan(8000)
    expect(file.filesize).toBe(mp3File().size)
  })

  it('refuses audio that is not MP3 or M4A by its bytes, whatever its name, in French', async () => {
    await expect(
      cms.payload.create({ collection: slugs.audio, data: { title: 'WAV', cooperation: true }, file: wavFile() }),
    ).rejects.toMatchObject({
      data: { code: 'audio-not-mp3-or-m4a' },
      message: expect.stringContaining('Seuls les fichiers MP3 et M4A sont acceptés (ce fichier est un WAV)'),
    })
  })

  it('takes the type and extension of the bytes, not those the sender gave', async () => {
    for (const mimetype of ['application/octet-stream', 'video/mpeg', 'audio/mp4']) {
      const sound = await cms.payload.create({
        collection: slugs.audio,
        data: { title: `Envoyé comme ${mimetype}`, cooperation: true },
        file: { ...mp3File(), mimetype, name: 'entretien.m4a' },
      })
      expect(sound).toMatchObject({
        mimeType: 'audio/mpeg',
        filename: expect.stringMatching(/^entretien-[0-9a-f]+\.mp3$/),
      })
      await cms.payload.delete({ collection: slugs.audio, id: sound.id })
    }
  })
})

describe('show covers', () => {
  it.each([
    [1400, 1200, 'doit être carré (il mesure 1400 × 1200 px)'],
    [1000, 1000, 'trop petit (1000 × 1000 px)'],
  ])('refuses a %i × %i cover and says what to fix', async (width, height, says) => {
    const image = await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Mauvais visuel', cooperation: true },
      file: await pngFile('mauvais.png', width, height),
    })
    await expect(
      cms.payload.create({ collection: slugs.shows, data: { ...showData(), cover: image.id } }),
    ).rejects.toMatchObject({
      data: { code: 'show-cover-size', errors: [{ path: 'cover', message: expect.stringContaining(says) }] },
      message: expect.stringContaining(says),
    })
  })
})

describe('a show’s cover replaced by another file', () => {
  it('must still be a square of 1400 to 3000 px, while an image no show uses may be any size', async () => {
    const image = await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Visuel de l’émission', cooperation: true },
      file: await pngFile('visuel-emission.png', 1400),
    })
    await cms.payload.create({ collection: slugs.shows, data: { ...showData(), cover: image.id } })
    await expect(
      cms.payload.update({ collection: slugs.media, id: image.id, data: {}, file: await pngFile('petit.png', 1000) }),
    ).rejects.toMatchObject({
      data: { code: 'show-cover-size', errors: [{ path: 'file', message: expect.stringContaining('trop petit') }] },
    })
    expect((await cms.payload.findByID({ collection: slugs.media, id: image.id })).width).toBe(1400)
    const loose = await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Photo', cooperation: true },
      file: await pngFile('photo.png', 1400),
    })
    const replaced = await cms.payload.update({
      collection: slugs.media,
      id: loose.id,
      data: {},
      file: await pngFile('photo-petite.png', 1000, 600),
    })
    expect(replaced.width).toBe(1000)
  })
})

describe('podcast guid', () => {
  it('is the UUIDv5 of the feed address, given once and kept when the address changes', async () => {
    const show = await cms.payload.create({
      collection: slugs.shows,
      data: { ...showData('les-ondes'), _status: 'published' },
    })
    expect(show.podcastGuid).toBe(podcastGuid('https://radio.example.org/radio/les-ondes/feed.xml'))
    const moved = await cms.payload.update({
      collection: slugs.shows,
      id: show.id,
      data: { slug: 'les-nouvelles-ondes', podcastGuid: 'autre' },
    })
    expect(moved.podcastGuid).toBe(show.podcastGuid)
  })

  it('is given at the first publication, from the address the title gave, not at the first autosave', async () => {
    const draft = await cms.payload.create({
      collection: slugs.shows,
      data: { cooperation: true, _status: 'draft' },
      draft: true,
    })
    expect(draft.slug).toMatch(/^emission(-\d+)?$/)
    expect(draft.podcastGuid ?? null).toBeNull()
    const { slug: _placeholder, ...complete } = showData('ignore')
    const published = await cms.payload.update({
      collection: slugs.shows,
      id: draft.id,
      data: { ...complete, title: 'La voix des tours', slug: draft.slug, _status: 'published' },
    })
    expect(published.slug).toBe('la-voix-des-tours')
    expect(published.podcastGuid).toBe(podcastGuid('https://radio.example.org/radio/la-voix-des-tours/feed.xml'))
  })
})

describe('transcripts', () => {
  const episode = async (transcript: string) =>
    cms.payload.create({
      collection: slugs.episodes,
      data: {
        show: (await cms.payload.create({ collection: slugs.shows, data: showData() })).id,
        title: 'Épisode',
        description: 'Un épisode.',
        audio,
        publishedAt: '2026-01-01T12:00:00.000Z',
        episodeType: 'full',
        transcript,
        cooperation: true,
      },
    })

  it('accepts WebVTT', async () => {
    const saved = await episode('WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Karim>Bonjour !\n')
    expect(saved.transcript).toContain('WEBVTT')
  })

  it('refuses text that is not WebVTT with a French message on the field', async () => {
    await expect(episode('Karim : Bonjour !')).rejects.toMatchObject({
      data: { errors: [{ path: 'transcript', message: expect.stringContaining('« WEBVTT »') }] },
    })
    await expect(episode('WEBVTT\n\n00:00 -> 00:03\nBonjour\n')).rejects.toMatchObject({
      data: {
        errors: [{ path: 'transcript', message: expect.stringContaining('n’est pas un WebVTT valide à la ligne') }],
      },
    })
  })
})
