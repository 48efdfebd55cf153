import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { CollectionAfterChangeHook } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { agreedName } from '../../cms/collections/Contributions/draftFromContribution'
import { draftOutcome } from '../../cms/collections/Contributions/draftOutcome'
import type { Contribution } from '../../schemas/payload-types'
import { relationId } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'
import { richTextToHtml } from '../../site/lib/richText'
import {
  filesOnDisk,
  jpegFile,
  mp3File,
  oggOpusFile,
  toneWavFile,
  type UploadFile,
  uploadsOf,
  webmOpusFile,
} from '../helpers/files'
import type { TestCms } from '../helpers/payload'
import { type Rest, type RestResponse, restAs } from '../helpers/rest'
import { createShow } from '../helpers/shows'
import { type Actors, startCmsWithActors } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let houseA: number
let rest: Rest

beforeAll(async () => {
  ;({ cms, actors, houseA } = await startCmsWithActors())
  rest = await restAs(cms.payload, cms.config, actors)
})
afterAll(() => cms.stop())

type Choice = 'full' | 'first' | 'pseudonym' | 'anonymous'

const accepted = (kind: Contribution['kind'], choice: Choice, signature: string, extra: Partial<Contribution> = {}) =>
  cms.payload.create({
    collection: slugs.contributions,
    data: {
      kind,
      title: 'Le lavoir de la rue Basse',
      content: 'Ma grand-mère y lavait le linge.\n\nOn s’y retrouvait le jeudi.',
      signature,
      contributor: { name: 'Awa Diallo', email: 'awa.diallo@example.org', phone: '06 11 22 33 44' },
      consent: { publication: true, signatureChoice: choice },
      moderationNote: 'Note interne à ne pas publier',
      status: 'accepted',
      houses: [houseA],
      ...extra,
    },
  })

const PERSONAL = /Diallo|awa\.diallo|06 11 22|Note interne/

describe('turning a contribution into a draft', () => {
  it('makes a draft article signed with the first name only, linked back, with nothing else personal', async () => {
    const contribution = await accepted('letter', 'first', 'Awa')
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    expect(answer.status).toBe(201)
    const article = await cms.payload.findByID({ collection: slugs.articles, id: Number(answer.body.id), draft: true })
    expect(article).toMatchObject({
      title: 'Le lavoir de la rue Basse',
      slug: `le-lavoir-de-la-rue-basse-contribution-${contribution.id}`,
      _status: 'draft',
      cooperation: false,
    })
    expect(article.authors?.map(({ kind, name }) => ({ kind, name }))).toEqual([{ kind: 'resident', name: 'Awa' }])
    expect(article.houses?.map((house) => (typeof house === 'object' ? house.id : house))).toEqual([houseA])
    expect(JSON.stringify(article.body)).toContain('On s’y retrouvait le jeudi.')
    expect(JSON.stringify(article)).not.toMatch(PERSONAL)
    const linked = await cms.payload.findByID({ collection: slugs.contributions, id: contribution.id, depth: 0 })
    expect(linked.draft).toEqual({ relationTo: slugs.articles, value: article.id })
    const articles = async () => (await cms.payload.count({ collection: slugs.articles })).totalDocs
    const before = await articles()
    const again = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    expect(again).toMatchObject({
      status: 409,
      body: { errors: [{ data: { code: 'contribution-draft-exists', collection: slugs.articles, id: article.id } }] },
    })
    expect(await articles()).toBe(before)
  })

  it('tells whether the caller may open the draft: moderation may not read drafts and stays on the contribution', async () => {
    const byModerator = await rest(
      'moderator',
      'POST',
      `contributions/${(await accepted('letter', 'first', 'Awa')).id}/draft`,
    )
    expect(byModerator).toMatchObject({ status: 201, body: { collection: slugs.articles, readable: false } })
    const id = Number(byModerator.body.id)
    expect((await rest('moderator', 'GET', `articles/${id}?draft=true`)).status).not.toBe(200)
    expect(draftOutcome({ collection: slugs.articles, id, readable: false }, '/admin')).toEqual({
      confirmation: 'Brouillon d’article créé : l’équipe de la maison le trouvera dans ses brouillons.',
    })
    const byAdmin = await rest('admin', 'POST', `contributions/${(await accepted('text', 'first', 'Awa')).id}/draft`)
    expect(byAdmin).toMatchObject({ status: 201, body: { collection: slugs.articles, readable: true } })
    expect(draftOutcome({ collection: slugs.articles, id: Number(byAdmin.body.id), readable: true }, '/admin')).toEqual(
      { open: `/admin/collections/articles/${byAdmin.body.id}` },
    )
  })

  it('shows no name at all for an anonymous contribution', async () => {
    const contribution = await accepted('text', 'anonymous', '')
    const answer = await rest('admin', 'POST', `contributions/${contribution.id}/draft`)
    const article = await cms.payload.findByID({ collection: slugs.articles, id: Number(answer.body.id), draft: true })
    expect(article.authors).toEqual([])
    expect(JSON.stringify(article)).not.toMatch(PERSONAL)
  })

  it('makes a draft event at the proposed Paris date and place', async () => {
    const contribution = await accepted('event-proposal', 'pseudonym', 'La voisine', {
      proposedEvent: { date: '2027-06-12', time: '18:30', place: 'Square des Tilleuls' },
    })
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    expect(answer).toMatchObject({ status: 201, body: { collection: slugs.events } })
    const event = await cms.payload.findByID({ collection: slugs.events, id: Number(answer.body.id), draft: true })
    expect(event).toMatchObject({ _status: 'draft', start: '2027-06-12T16:30:00.000Z', allDay: false })
    expect(event.venue).toMatchObject({ kind: 'elsewhere', name: 'Square des Tilleuls' })
    expect(JSON.stringify(event)).not.toMatch(PERSONAL)
  })

  it('is refused to editors and the public, before acceptance, and for a sound without its show', async () => {
    const contribution = await accepted('text', 'full', 'Awa Diallo')
    expect((await rest('editorA', 'POST', `contributions/${contribution.id}/draft`)).status).toBe(403)
    expect((await rest('anonymous', 'POST', `contributions/${contribution.id}/draft`)).status).toBe(403)
    const received = await accepted('text', 'full', 'Awa Diallo', { status: 'in-review' })
    expect(await rest('moderator', 'POST', `contributions/${received.id}/draft`)).toMatchObject({
      status: 409,
      body: { errors: [{ data: { code: 'contribution-not-accepted' } }] },
    })
    const sound = await accepted('audio', 'full', 'Awa Diallo')
    expect(await rest('moderator', 'POST', `contributions/${sound.id}/draft`)).toMatchObject({
      status: 400,
      body: { errors: [{ data: { code: 'contribution-show-missing' } }] },
    })
    expect((await rest('moderator', 'POST', 'contributions/999999/draft')).status).toBe(404)
  })

  it('is refused when the resident did not agree to publication, or a minor’s parent did not', async () => {
    const refused = { status: 409, body: { errors: [{ data: { code: 'contribution-without-consent' } }] } }
    const private_ = await accepted('text', 'full', 'Awa Diallo', {
      consent: { publication: false, signatureChoice: 'full' },
    })
    expect(await rest('moderator', 'POST', `contributions/${private_.id}/draft`)).toMatchObject(refused)
    const minor = await accepted('text', 'first', 'Awa', {
      consent: { publication: true, signatureChoice: 'first', minor: true, parentalConsent: false },
    })
    expect(await rest('moderator', 'POST', `contributions/${minor.id}/draft`)).toMatchObject(refused)
    const linked = await cms.payload.findByID({ collection: slugs.contributions, id: private_.id, depth: 0 })
    expect(linked.draft ?? null).toBeNull()
  })

  it('agreedName: the stored signature, except for « Anonymement »', () => {
    expect(agreedName({ signature: 'Awa', consent: { signatureChoice: 'first' } })).toBe('Awa')
    expect(agreedName({ signature: 'Awa', consent: { signatureChoice: 'anonymous' } })).toBeNull()
    expect(agreedName({ signature: '  ', consent: {} })).toBeNull()
  })
})

describe('a published contribution read anonymously through REST', () => {
  it('exposes the text and the chosen name, and no contact, consent, note, history or link', async () => {
    const contribution = await accepted('letter', 'pseudonym', 'La voisine')
    await cms.payload.update({ collection: slugs.contributions, id: contribution.id, data: { status: 'published' } })
    const answer = await rest('anonymous', 'GET', `contributions/${contribution.id}?depth=2`)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ title: 'Le lavoir de la rue Basse', signature: 'La voisine' })
    for (const field of ['contributor', 'consent', 'moderationNote', 'reference', 'retainUntil', 'draft', 'reply'])
      expect(answer.body).not.toHaveProperty(field)
    expect(answer.body.history ?? []).toEqual([])
    expect(JSON.stringify(answer.body)).not.toMatch(PERSONAL)
  })
})

describe('a sound made into a draft episode of the show moderation chooses', () => {
  /** An episode with this title fails after it is written: the worst moment, the sound is copied already. */
  const FAILS = 'Épisode qui échoue'
  const failingEpisode: CollectionAfterChangeHook = ({ doc }) => {
    if ((doc as { title?: string }).title === FAILS) throw new Error('Panne après l’écriture de l’épisode')
    return doc
  }
  let show: number

  beforeAll(async () => {
    cms.payload.collections[slugs.episodes].config.hooks.afterChange.push(failingEpisode)
    show = await createShow(cms.payload, [houseA])
  })

  const sound = async (file: UploadFile, extra: Partial<Contribution> = {}) => {
    const received = await cms.payload.create({
      collection: slugs.contributionFiles,
      data: { description: 'Enregistrement envoyé' },
      file,
    })
    return accepted('audio', 'first', 'Awa', { files: [received.id], ...extra })
  }
  const stored = async () => ({
    audio: (await cms.payload.count({ collection: slugs.audio })).totalDocs,
    episodes: (await cms.payload.count({ collection: slugs.episodes })).totalDocs,
    disk: filesOnDisk(slugs.audio),
  })
  const draftOf = async (id: number) =>
    (await cms.payload.findByID({ collection: slugs.contributions, id, depth: 0 })).draft ?? null

  /** The draft episode a 201 answer names, with its sound as the Audio collection's own hooks read it. */
  const draftEpisode = async (answer: RestResponse) => {
    expect(answer).toMatchObject({ status: 201, body: { collection: slugs.episodes } })
    return cms.payload.findByID({ collection: slugs.episodes, id: Number(answer.body.id), draft: true, depth: 1 })
  }

  it('copies the recording into the Audio collection through its checks, and links a draft episode signed as agreed', async () => {
    const contribution = await sound(mp3File())
    const episode = await draftEpisode(
      await rest('moderator', 'POST', `contributions/${contribution.id}/draft`, { show }),
    )
    expect(episode).toMatchObject({
      _status: 'draft',
      title: 'Le lavoir de la rue Basse',
      slug: `le-lavoir-de-la-rue-basse-contribution-${contribution.id}`,
      description: 'Ma grand-mère y lavait le linge.\n\nOn s’y retrouvait le jeudi.',
      cooperation: false,
    })
    expect(typeof episode.show === 'object' && episode.show.id).toBe(show)
    expect(episode.houses?.map((house) => (typeof house === 'object' ? house.id : house))).toEqual([houseA])
    expect(episode.people?.map(({ name, role, consent }) => ({ name, role, consent }))).toEqual([
      { name: 'Awa', role: 'guest', consent: true },
    ])
    const audio = typeof episode.audio === 'object' ? episode.audio : null
    // Read by the Audio collection's own hooks: music-metadata's duration and bitrate, Payload's size.
    expect(audio?.duration).toBeGreaterThan(20)
    expect(audio?.bitrate).toBeGreaterThan(8000)
    expect(audio).toMatchObject({
      mimeType: 'audio/mpeg',
      filesize: mp3File().size,
      title: 'Le lavoir de la rue Basse',
    })
    expect(episode).toMatchObject({ duration: audio?.duration, size: mp3File().size })
    expect(audio?.filename).toMatch(/^le-lavoir-de-la-rue-basse-contribution-\d+-[0-9a-f]{12}\.mp3$/)
    expect(readdirSync(uploadsOf(slugs.audio))).toContain(audio?.filename)
    expect(JSON.stringify(episode)).not.toMatch(PERSONAL)
    expect(JSON.stringify(episode)).not.toContain(contribution.reference)
    expect(await draftOf(contribution.id)).toEqual({ relationTo: slugs.episodes, value: episode.id })
  })

  it('is refused without a show, with an unknown show, or with a show for another kind; nothing is stored', async () => {
    const contribution = await sound(mp3File())
    const letter = await accepted('letter', 'first', 'Awa')
    const before = await stored()
    expect(await rest('moderator', 'POST', `contributions/${contribution.id}/draft`, {})).toMatchObject({
      status: 400,
      body: {
        errors: [
          { message: expect.stringContaining('Choisissez l’émission'), data: { code: 'contribution-show-missing' } },
        ],
      },
    })
    expect(await rest('moderator', 'POST', `contributions/${contribution.id}/draft`, { show: 999999 })).toMatchObject({
      status: 400,
      body: { errors: [{ data: { code: 'show-not-found' } }] },
    })
    expect(await rest('admin', 'POST', `contributions/${letter.id}/draft`, { show })).toMatchObject({
      status: 400,
      body: { errors: [{ data: { code: 'contribution-show-not-for-kind' } }] },
    })
    expect(await stored()).toEqual(before)
    expect(await draftOf(contribution.id)).toBeNull()
    expect(await draftOf(letter.id)).toBeNull()
  })

  it.each([
    ['a WAV', () => toneWavFile(4, 8000), 4],
    ['a WAV at a rate MP3 cannot carry (96 kHz)', () => toneWavFile(2, 96_000), 2],
    ['a WebM/Opus recording', webmOpusFile, 3],
    ['an Ogg/Opus voice note', oggOpusFile, 3],
  ])('converts %s to an MP3 that becomes the episode’s sound, as long as the recording', async (_, file, seconds) => {
    const contribution = await sound(file())
    const episode = await draftEpisode(
      await rest('moderator', 'POST', `contributions/${contribution.id}/draft`, { show }),
    )
    const audio = typeof episode.audio === 'object' ? episode.audio : null
    expect(readdirSync(uploadsOf(slugs.audio))).toContain(audio?.filename)
    expect(episode).toMatchObject({ duration: audio?.duration, size: audio?.filesize })
    expect(audio).toMatchObject({ mimeType: 'audio/mpeg', title: 'Le lavoir de la rue Basse' })
    expect(audio?.filename).toMatch(/^le-lavoir-de-la-rue-basse-contribution-\d+-[0-9a-f]{12}\.mp3$/)
    // LAME pads the end with up to two frames of silence (0.15 s at 8 kHz).
    expect(audio?.duration).toBeGreaterThanOrEqual(seconds - 0.1)
    expect(audio?.duration).toBeLessThanOrEqual(seconds + 0.2)
    expect(audio?.bitrate).toBeGreaterThan(8000)
    expect(await draftOf(contribution.id)).toMatchObject({ relationTo: slugs.episodes })
  })

  it('refuses a sound it cannot decode or one over 10 minutes, in French, and keeps nothing', async () => {
    const damaged = webmOpusFile()
    const headerOnly = damaged.data.subarray(0, 300)
    const cases = [
      { file: { ...damaged, data: headerOnly, size: headerOnly.length }, code: 'sound-undecodable', says: 'illisible' },
      { file: toneWavFile(606, 4000), code: 'sound-too-long', says: 'plus de 10 minutes' },
    ]
    for (const { file, code, says } of cases) {
      const contribution = await sound(file)
      const before = await stored()
      expect(await rest('moderator', 'POST', `contributions/${contribution.id}/draft`, { show })).toMatchObject({
        status: 400,
        body: { errors: [{ message: expect.stringContaining(says), data: { code } }] },
      })
      expect(await stored()).toEqual(before)
      expect(await draftOf(contribution.id)).toBeNull()
    }
  })

  it('leaves no Audio document and no file when the episode fails after the sound was copied', async () => {
    const contribution = await sound(mp3File(), { title: FAILS })
    const before = await stored()
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`, { show })
    expect(answer).toMatchObject({ status: 503, body: { errors: [{ data: { code: 'draft-not-made' } }] } })
    expect(String((answer.body.errors as { message: string }[])[0]?.message)).toContain('Rien n’a été gardé')
    expect(await stored()).toEqual(before)
    expect(await draftOf(contribution.id)).toBeNull()
  })
})

describe('a photo contribution made into a draft article', () => {
  /** An article with this title fails after it is written: the worst moment, the photos are copied already. */
  const FAILS = 'Article qui échoue'
  const failingArticle: CollectionAfterChangeHook = ({ doc }) => {
    if ((doc as { title?: string }).title === FAILS) throw new Error('Panne après l’écriture de l’article')
    return doc
  }
  beforeAll(() => {
    cms.payload.collections[slugs.articles].config.hooks.afterChange.push(failingArticle)
  })

  /** An accepted photo contribution with two real JPEG photos, as the intake stores them. */
  const photos = async (imageRights: boolean, extra: Partial<Contribution> = {}) => {
    const files = []
    for (const [n, colour] of [
      [1, '#d08030'],
      [2, '#3080d0'],
    ] as const) {
      const received = await cms.payload.create({
        collection: slugs.contributionFiles,
        data: { description: 'Photo envoyée' },
        file: await jpegFile(`c-photo-${n}.jpg`, colour),
      })
      files.push(received.id)
    }
    return accepted('photo', 'first', 'Awa', {
      files,
      consent: { publication: true, signatureChoice: 'first', imageRights },
      ...extra,
    })
  }
  const mediaStored = async () => ({
    media: (await cms.payload.count({ collection: slugs.media })).totalDocs,
    articles: (await cms.payload.count({ collection: slugs.articles })).totalDocs,
    disk: filesOnDisk(slugs.media),
  })
  const articleOf = (answer: RestResponse) =>
    cms.payload.findByID({ collection: slugs.articles, id: Number(answer.body.id), draft: true, depth: 1 })
  const bodyMedia = (body: unknown): unknown[] =>
    ((body as { root: { children: { type: string; value: unknown }[] } }).root.children ?? [])
      .filter((node) => node.type === 'upload')
      .map((node) => node.value)

  it('copies the photos into Media owned like the article: the first as its image, the next in its text', async () => {
    const contribution = await photos(true)
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    expect(answer).toMatchObject({ status: 201, body: { collection: slugs.articles } })
    expect(answer.body).not.toHaveProperty('notice')
    const article = await articleOf(answer)
    const image = typeof article.image === 'object' ? article.image : null
    const [second] = bodyMedia(article.body) as { id: number; alt: string; filename: string }[]
    expect(bodyMedia(article.body)).toHaveLength(1)
    for (const [n, copy] of [image, second].entries()) {
      expect(copy).toMatchObject({
        alt: 'Photo envoyée par Awa\u00a0: à décrire avant publication',
        mimeType: 'image/jpeg',
        cooperation: false,
      })
      expect(copy?.filename).toMatch(
        new RegExp(`^le-lavoir-de-la-rue-basse-contribution-${contribution.id}-photo-${n + 1}-[0-9a-f]{12}\\.jpg$`),
      )
      expect(readdirSync(uploadsOf(slugs.media))).toContain(copy?.filename)
    }
    expect(image?.houses?.map((house) => (typeof house === 'object' ? house.id : house))).toEqual([houseA])
    expect(second?.id).not.toBe(image?.id)
    // The site's renderer shows the photo of the text at its public address, with its text alternative.
    expect(richTextToHtml(article.body as never)).toMatch(
      /<img src="[^"]*\/fichiers\/media\/le-lavoir-[^"]+\.webp" alt="Photo envoyée par Awa\u00a0: à décrire avant publication"/,
    )
    expect(JSON.stringify(article)).not.toMatch(PERSONAL)
    expect(JSON.stringify(article)).not.toContain(contribution.reference)
  })

  it('names the contributor in the text alternative only as agreed', async () => {
    const contribution = await photos(true, {
      signature: 'Awa Diallo',
      consent: { publication: true, signatureChoice: 'anonymous', imageRights: true },
    })
    const article = await articleOf(await rest('moderator', 'POST', `contributions/${contribution.id}/draft`))
    const image = typeof article.image === 'object' ? article.image : null
    expect(image?.alt).toBe('Photo envoyée par un·e habitant·e\u00a0: à décrire avant publication')
  })

  it('leaves the photos private when the people in them did not agree, makes the text draft and says why', async () => {
    const contribution = await photos(false)
    const before = await mediaStored()
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    expect(answer).toMatchObject({ status: 201, body: { collection: slugs.articles } })
    expect(String(answer.body.notice)).toContain('Les photos n’ont pas été reprises')
    expect(String(answer.body.notice)).toContain('droit à l’image')
    const article = await articleOf(answer)
    expect(article.image ?? null).toBeNull()
    expect(bodyMedia(article.body)).toEqual([])
    expect(JSON.stringify(article.body)).toContain('On s’y retrouvait le jeudi.')
    expect(await mediaStored()).toEqual({ ...before, articles: before.articles + 1 })
    // Moderation reads the notice, and whoever may open the draft gets the way to it.
    const outcome = draftOutcome(
      { collection: slugs.articles, id: article.id, readable: true, notice: String(answer.body.notice) },
      '/admin',
    )
    expect(outcome).toEqual({
      confirmation: expect.stringContaining('Les photos n’ont pas été reprises'),
      link: `/admin/collections/articles/${article.id}`,
    })
  })

  it('keeps the copies from the public while the article is a draft, and only the article’s house edits them', async () => {
    const contribution = await photos(true)
    const article = await articleOf(await rest('moderator', 'POST', `contributions/${contribution.id}/draft`))
    const image = typeof article.image === 'object' ? article.image : null
    expect(image).toMatchObject({ contribution: contribution.id, withheld: true })
    expect((await rest('anonymous', 'GET', `media/${image?.id}`)).status).not.toBe(200)
    expect((await rest('anonymous', 'GET', `media/file/${image?.filename}`)).status).not.toBe(200)
    expect((await rest('editorA', 'GET', `media/file/${image?.filename}`)).status).toBe(200)
    // The resident's own file stays private.
    const [original] = contribution.files ?? []
    expect((await rest('anonymous', 'GET', `contribution-files/${relationId(original)}`)).status).not.toBe(200)
    const described = { alt: 'Le lavoir de la rue Basse, ses bassins de pierre au soleil' }
    for (const who of ['anonymous', 'editorB'] as const)
      expect((await rest(who, 'PATCH', `media/${image?.id}`, described)).status).toBe(403)
    expect((await rest('anonymous', 'DELETE', `media/${image?.id}`)).status).toBe(403)
    expect((await rest('editorA', 'PATCH', `media/${image?.id}`, described)).status).toBe(200)
  })

  it('is published only once an editor has described each photo', async () => {
    const contribution = await photos(true)
    const article = await articleOf(await rest('moderator', 'POST', `contributions/${contribution.id}/draft`))
    const publish = () => rest('editorA', 'PATCH', `articles/${article.id}`, { _status: 'published' })
    const refused = await publish()
    expect(refused).toMatchObject({
      status: 400,
      body: { errors: [{ data: { code: 'incomplete-for-publishing' } }] },
    })
    const problems = (refused.body.errors as { data: { errors: { path: string; message: string }[] } }[])[0]!.data
      .errors
    expect(problems.map(({ path }) => path)).toEqual(['image', 'body'])
    expect(problems[0]?.message).toContain('décrivez l’image')
    expect((await cms.payload.findByID({ collection: slugs.articles, id: article.id }))._status).not.toBe('published')
    const [image, second] = [article.image, ...bodyMedia(article.body)] as { id: number }[]
    const describe = (id: number | undefined, alt: string) => rest('editorA', 'PATCH', `media/${id}`, { alt })
    expect((await describe(image?.id, 'Le lavoir, ses bassins de pierre au soleil')).status).toBe(200)
    expect((await publish()).body).toMatchObject({ errors: [{ data: { errors: [{ path: 'body' }] } }] })
    expect((await describe(second?.id, 'Des draps qui sèchent sur un fil')).status).toBe(200)
    expect((await publish()).status).toBe(200)
    expect((await cms.payload.findByID({ collection: slugs.articles, id: article.id }))._status).toBe('published')
  })

  it('copies nothing again when the contribution already has its draft', async () => {
    const contribution = await photos(true)
    const initial = await mediaStored()
    const first = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    expect(first.status).toBe(201)
    const before = await mediaStored()
    expect(before.media).toBe(initial.media + 2)
    expect(await rest('admin', 'POST', `contributions/${contribution.id}/draft`)).toMatchObject({
      status: 409,
      body: { errors: [{ data: { code: 'contribution-draft-exists', id: first.body.id } }] },
    })
    expect(await mediaStored()).toEqual(before)
  })

  it('refuses in French when a photo is missing from the disk, and keeps nothing', async () => {
    const contribution = await photos(true)
    const stored = await cms.payload.findByID({
      collection: slugs.contributionFiles,
      id: relationId(contribution.files?.[1])!,
      depth: 0,
    })
    rmSync(path.join(uploadsOf(slugs.contributionFiles), stored.filename!))
    const before = await mediaStored()
    expect(await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)).toMatchObject({
      status: 409,
      body: {
        errors: [{ message: expect.stringContaining('introuvable'), data: { code: 'contribution-photo-missing' } }],
      },
    })
    expect(await mediaStored()).toEqual(before)
    const linked = await cms.payload.findByID({ collection: slugs.contributions, id: contribution.id, depth: 0 })
    expect(linked.draft ?? null).toBeNull()
  })

  it('leaves no Media document and no file when the article fails after the photos were copied', async () => {
    const contribution = await photos(true, { title: FAILS })
    const before = await mediaStored()
    // The copies made on the way (watched only): both photos were copied before the article failed.
    const copied: number[] = []
    const watch: CollectionAfterChangeHook = ({ doc, operation }) => {
      if (operation === 'create') copied.push((doc as { id: number }).id)
      return doc
    }
    const mediaHooks = cms.payload.collections[slugs.media].config.hooks.afterChange
    mediaHooks.push(watch)
    let answer: RestResponse
    try {
      answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    } finally {
      mediaHooks.splice(mediaHooks.indexOf(watch), 1)
    }
    expect(answer).toMatchObject({ status: 503, body: { errors: [{ data: { code: 'draft-not-made' } }] } })
    expect(copied).toHaveLength(2)
    expect(await mediaStored()).toEqual(before)
    const linked = await cms.payload.findByID({ collection: slugs.contributions, id: contribution.id, depth: 0 })
    expect(linked.draft ?? null).toBeNull()
  })
})
