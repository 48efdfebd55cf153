import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TOO_LARGE_MESSAGE } from '../../schemas/contributions/files'
import { CONSENT_TEXT } from '../../schemas/contributions/submission'
import { slugs } from '../../schemas/slugs'
import { validFields } from '../helpers/contributionForm'
import { contributionSite } from '../helpers/contributionSite'
import { mp3File, oggOpusFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Mailbox, startMailbox } from '../helpers/smtp'

let cms: TestCms
let mailbox: Mailbox
let site: ReturnType<typeof contributionSite>

beforeAll(async () => {
  mailbox = await startMailbox()
  cms = await startTestCms({ SMTP_URL: mailbox.url, EMAIL_FROM: 'hub@la-coope.test' })
  site = contributionSite(cms.config)
})
afterAll(async () => {
  await cms?.stop()
  await mailbox?.stop()
})

/** A JPEG from a phone: camera make, a comment and the GPS position of the person's home. */
const phonePhoto = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: '#c86432' } })
    .withExif({
      IFD0: { Make: 'Téléphone', ImageDescription: 'Chez moi' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' },
    })
    .jpeg()
    .toBuffer()

const filesDir = () => path.join(process.env.MEDIA_DIR!, slugs.contributionFiles)

/** The first file stored with the contribution of this reference. */
async function firstFileOf(reference: string) {
  const { docs } = await cms.payload.find({
    collection: slugs.contributions,
    where: { reference: { equals: reference } },
    depth: 1,
  })
  return (docs[0]!.files as { filename: string; mimeType: string }[])[0]!
}

describe('a contribution sent through the site', () => {
  it('is stored with its files, its consent in the words shown, and acknowledged by e-mail with a withdrawal link', async () => {
    const photo = await phonePhoto()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    const sent = await site.post({
      fields: validFields({ kind: 'photo', imageRights: 'agreed', signature: 'pseudonym', pseudonym: 'La voisine' }),
      files: [
        { field: 'photos', bytes: photo, name: 'IMG_2041.JPG', type: 'image/jpeg' },
        { field: 'audio', bytes: mp3File().data, name: 'memo.mp3', type: 'audio/mpeg' },
      ],
    })
    expect(sent).toMatchObject({ ok: true, acknowledged: true })
    if (!sent.ok) return
    const { docs } = await cms.payload.find({
      collection: slugs.contributions,
      where: { reference: { equals: sent.reference } },
      depth: 1,
    })
    const stored = docs[0]!
    expect(stored).toMatchObject({ status: 'received', kind: 'photo', signature: 'La voisine' })
    expect(stored.contributor).toMatchObject({ name: 'Awa Diallo', email: 'awa@example.org' })
    expect(stored.consent).toMatchObject({
      publication: true,
      imageRights: true,
      minor: false,
      signatureChoice: 'pseudonym',
    })
    expect(stored.consent?.givenAt).toBeTruthy()
    expect(stored.consent?.wording).toContain(CONSENT_TEXT.publication)
    expect(stored.consent?.wording).toContain(CONSENT_TEXT.retention)
    expect(stored.consent?.wording).toContain('« La voisine »')

    const files = (stored.files ?? []) as { filename: string; mimeType: string }[]
    expect(files.map((file) => file.mimeType)).toEqual(['image/jpeg', 'audio/mpeg'])
    for (const file of files) expect(file.filename.startsWith(sent.reference.toLowerCase())).toBe(true)
    const reencoded = await sharp(path.join(filesDir(), files[0]!.filename)).metadata()
    expect(reencoded.exif).toBeUndefined()

    const mail = await mailbox.next()
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('awa@example.org')
    expect(mail.subject).toContain(sent.reference)
    const link = /https?:\/\/\S+\/contribuer\/retrait\?\S+/.exec(mail.text ?? '')?.[0]
    expect(link).toBeTruthy()
    const url = new URL(link!)
    expect(url.searchParams.get('reference')).toBe(sent.reference)
    expect(url.searchParams.get('cle')).toBe(sent.withdrawalKey)
  })

  it('takes a recording a browser made (WebM/Opus whose sizes were left unknown), checked by decoding it', async () => {
    // Three seconds of a tone, recorded by chromium's MediaRecorder: music-metadata cannot read it.
    const webm = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'recording-opus.webm'))
    const sent = await site.post({
      fields: validFields({ kind: 'audio', email: '' }),
      files: [{ field: 'audio', bytes: webm, name: 'enregistrement.webm', type: 'audio/webm' }],
    })
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    const file = await firstFileOf(sent.reference)
    expect(file.filename).toMatch(/\.webm$/)
    expect(readFileSync(path.join(filesDir(), file.filename)).equals(webm)).toBe(true)
    // Cut short, the same recording holds no sound the decoder can read: refused in French.
    const damaged = await site.post({
      fields: validFields({ kind: 'audio', email: '' }),
      files: [{ field: 'audio', bytes: webm.subarray(0, 200), name: 'abime.webm', type: 'audio/webm' }],
    })
    expect(damaged.ok).toBe(false)
    expect(JSON.stringify(damaged)).toContain('illisible ou abîmé')
    // Recorded with a camera (chromium, VP8 and Opus): the video is seen in its track headers.
    const filmed = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'recording-with-video.webm'))
    const withVideo = await site.post({
      fields: validFields({ kind: 'audio', email: '' }),
      files: [{ field: 'audio', bytes: filmed, name: 'video.webm', type: 'video/webm' }],
    })
    expect(withVideo).toMatchObject({
      ok: false,
      errors: { audio: 'Enregistrement : ce fichier contient une vidéo ; envoyez seulement le son.' },
    })
  })

  it('takes a voice note as messaging apps save it (Ogg/Opus, .opus), stored as it came', async () => {
    const note = oggOpusFile()
    const sent = await site.post({
      fields: validFields({ kind: 'audio', email: '' }),
      files: [{ field: 'audio', bytes: note.data, name: note.name, type: note.mimetype }],
    })
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    const file = await firstFileOf(sent.reference)
    expect(file).toMatchObject({ mimeType: 'audio/ogg', filename: expect.stringMatching(/\.opus$/) })
    expect(readFileSync(path.join(filesDir(), file.filename)).equals(note.data)).toBe(true)
  })

  it('refuses a recording or a photo contribution sent without its file, and stores nothing', async () => {
    const before = (await cms.payload.count({ collection: slugs.contributions })).totalDocs
    const silent = await site.post({ fields: validFields({ kind: 'audio', email: '' }), files: [] })
    expect(JSON.stringify(silent)).toContain('ajoutez votre fichier son')
    const blank = await site.post({
      fields: validFields({ kind: 'photo', imageRights: 'nobody', email: '' }),
      files: [],
    })
    expect(JSON.stringify(blank)).toContain('ajoutez au moins une photo')
    expect([silent.ok, blank.ok]).toEqual([false, false])
    expect((await cms.payload.count({ collection: slugs.contributions })).totalDocs).toBe(before)
  })

  it('asks for every correction at once, those that depend on other fields included', async () => {
    const answer = await site.post({
      fields: validFields({ kind: 'photo', title: '', signature: 'pseudonym', under15: 'yes', email: 'awa@' }),
      files: [],
    })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(Object.keys(answer.errors).sort()).toEqual(
      ['email', 'imageRights', 'parentName', 'parentalConsent', 'photos', 'pseudonym', 'title'].sort(),
    )
  })

  it('files over 15 MB in all, even sent before the text: everything typed comes back, with every correction', async () => {
    const before = (await cms.payload.count({ collection: slugs.contributions })).totalDocs
    const heavy = (n: number) => ({ field: 'photos' as const, bytes: Buffer.alloc(6 << 20, n), name: `p${n}.jpg` })
    const answer = await site.post({
      fields: validFields({ kind: 'photo', signature: 'pseudonym', imageRights: 'nobody' }),
      files: [heavy(1), heavy(2), heavy(3)],
      filesFirst: true,
    })
    expect(answer).toMatchObject({
      ok: false,
      status: 413,
      errors: { photos: TOO_LARGE_MESSAGE, pseudonym: 'Écrivez le pseudonyme à publier.' },
      values: { title: validFields().title, name: 'Awa Diallo', signature: 'pseudonym', publication: 'yes' },
    })
    expect((await cms.payload.count({ collection: slugs.contributions })).totalDocs).toBe(before)
  })

  it('one recording over its own 12 MB: said under the recording, with nothing about photos or a missing file', async () => {
    const answer = await site.post({
      fields: validFields({ kind: 'audio' }),
      files: [{ field: 'audio', bytes: Buffer.alloc(20 << 20, 1), name: 'voix.mp3', type: 'audio/mpeg' }],
    })
    expect(answer).toMatchObject({
      ok: false,
      status: 413,
      errors: { audio: 'Enregistrement : le fichier dépasse 12 Mo.' },
      values: { title: validFields().title },
    })
    expect(answer.ok || Object.keys(answer.errors)).toEqual(['audio'])
  })

  it('takes an iPhone HEIC photo as a JPEG, without the camera’s EXIF or GPS position', async () => {
    // 64 × 48, red (#c0392b), made by libheif's heif-enc from a JPEG with a camera make and a GPS position.
    const heic = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'photo-gps.heic'))
    expect(heic.toString('latin1')).toContain('TestPhone')
    const sent = await site.post({
      fields: validFields({ kind: 'photo', imageRights: 'nobody', email: '' }),
      files: [{ field: 'photos', bytes: heic, name: 'IMG_4410.HEIC', type: 'image/heic' }],
    })
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    const file = await firstFileOf(sent.reference)
    expect(file.mimeType).toBe('image/jpeg')
    expect(file.filename).toMatch(/\.jpg$/)
    const stored = readFileSync(path.join(filesDir(), file.filename))
    const metadata = await sharp(stored).metadata()
    expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 })
    expect(metadata.exif).toBeUndefined()
    expect(stored.toString('latin1')).not.toContain('TestPhone')
    const { channels } = await sharp(stored).stats()
    for (const [i, value] of [192, 57, 43].entries()) expect(Math.abs(channels[i]!.mean - value)).toBeLessThan(12)
  })

  it('is withdrawn at once with the key of its link, files and personal data included; a wrong key changes nothing', async () => {
    const sent = await site.post({
      fields: validFields({ kind: 'photo', imageRights: 'nobody', email: '' }),
      files: [{ field: 'photos', bytes: await phonePhoto(), name: 'marche.jpg' }],
    })
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    expect(sent.acknowledged).toBe(false)
    const find = () =>
      cms.payload.find({ collection: slugs.contributions, where: { reference: { equals: sent.reference } }, depth: 1 })
    const filename = ((await find()).docs[0]!.files as { filename: string }[])[0]!.filename
    expect(existsSync(path.join(filesDir(), filename))).toBe(true)

    // A failed attempt gives back what was sent, so that the page can offer it again.
    expect(await site.withdraw(sent.reference, 'x'.repeat(43))).toMatchObject({
      status: 404,
      reference: sent.reference,
      key: 'x'.repeat(43),
    })
    expect((await find()).totalDocs).toBe(1)

    expect(await site.withdraw(sent.reference, sent.withdrawalKey)).toMatchObject({ status: 200 })
    expect((await find()).totalDocs).toBe(0)
    expect(existsSync(path.join(filesDir(), filename))).toBe(false)
    expect(readdirSync(filesDir()).some((name) => name.startsWith(sent.reference.toLowerCase()))).toBe(false)
    expect((await site.withdraw(sent.reference, sent.withdrawalKey)).status).toBe(404)
  })

  it('records a refusal of publication and a minor’s parental consent in the words shown', async () => {
    const sent = await site.post({
      fields: validFields({
        publication: 'no',
        signature: 'anonymous',
        under15: 'yes',
        parentName: 'Fatou Diallo',
        parentalConsent: 'yes',
      }),
    })
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    const stored = (
      await cms.payload.find({ collection: slugs.contributions, where: { reference: { equals: sent.reference } } })
    ).docs[0]!
    expect(stored.signature).toBeFalsy()
    expect(stored.consent).toMatchObject({
      publication: false,
      minor: true,
      parentalConsent: true,
      signatureChoice: 'anonymous',
    })
    expect(stored.consent?.wording).toContain(CONSENT_TEXT.noPublication)
    expect(stored.consent?.wording).toContain(`[x] ${CONSENT_TEXT.parentalConsent} (Fatou Diallo)`)
  })
})
