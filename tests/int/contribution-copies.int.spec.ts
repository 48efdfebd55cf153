import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaUploadNode } from '../../cms/collections/Contributions/draftPhotos'
import { withholdUnofferedPdfs } from '../../cms/migrations/20261204_031042_documents_withheld'
import type { Contribution } from '../../schemas/payload-types'
import { relationId } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'
import { FilePermissionCache } from '../../site/files/permissionCache'
import { cmsPermission, type PermissionCheck } from '../../site/files/readPermission'
import { richText } from '../helpers/accessCases'
import { contributionSite } from '../helpers/contributionSite'
import { acceptedWithKey } from '../helpers/contributions'
import { jpegFile, mp3File, pdfFile } from '../helpers/files'
import type { TestCms } from '../helpers/payload'
import { type Rest, restAs } from '../helpers/rest'
import { createShow } from '../helpers/shows'
import { type Actors, startCmsWithActors, type Who } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let houseA: number
let rest: Rest
let site: ReturnType<typeof contributionSite>
let mayServe: PermissionCheck

beforeAll(async () => {
  ;({ cms, actors, houseA } = await startCmsWithActors())
  rest = await restAs(cms.payload, cms.config, actors)
  site = contributionSite(cms.config)
  const route = REST_GET(Promise.resolve(cms.config))
  // The question the site's /fichiers/ asks the CMS, as an anonymous visitor, nothing remembered.
  const cmsFetch = (async (input: URL | string) => {
    const url = new URL(input.toString())
    return route(new Request(url), { params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }) })
  }) as typeof fetch
  mayServe = cmsPermission('http://localhost:3000', cmsFetch, new FilePermissionCache(0))
})
afterAll(() => cms.stop())

/** An accepted contribution whose author agreed to publication and image rights, with its files. */
const accepted = (kind: Contribution['kind'], files: number[]) =>
  acceptedWithKey(cms.payload, houseA, kind, {
    files,
    consent: { publication: true, signatureChoice: 'first', imageRights: true },
  })

async function photoContribution() {
  const files = []
  for (const colour of ['#d08030', '#3080d0']) {
    const file = await jpegFile('photo.jpg', colour)
    files.push((await cms.payload.create({ collection: slugs.contributionFiles, data: {}, file })).id)
  }
  return accepted('photo', files)
}

type Copy = {
  collection: typeof slugs.media | typeof slugs.audio | typeof slugs.documents
  id: number
  filename: string
}

/** Everything anyone may learn of a copy: the listing by name, the document, its file, the site's /fichiers/. */
async function seenBy(who: Who, { collection, id, filename }: Copy) {
  const listed = await rest(who, 'GET', `${collection}?where[filename][equals]=${encodeURIComponent(filename)}&depth=0`)
  return {
    listed: (listed.body.docs ?? []).some((doc) => doc.id === id),
    read: (await rest(who, 'GET', `${collection}/${id}?depth=0`)).status === 200,
    file: (await rest(who, 'GET', `${collection}/file/${encodeURIComponent(filename)}`)).status === 200,
  }
}
const hidden = { listed: false, read: false, file: false }
const visible = { listed: true, read: true, file: true }

async function expectWithheld(copies: Copy[]) {
  for (const copy of copies) {
    expect(await seenBy('anonymous', copy)).toEqual(hidden)
    expect(await mayServe(copy.collection, copy.filename)).toEqual({ readable: false })
    for (const who of ['admin', 'editorA', 'moderator'] as const) expect(await seenBy(who, copy)).toEqual(visible)
  }
}
async function expectPublic(copies: Copy[]) {
  for (const copy of copies) {
    expect(await seenBy('anonymous', copy)).toEqual(visible)
    expect(await mayServe(copy.collection, copy.filename)).toMatchObject({ readable: true })
  }
}

async function mediaCopies(article: number): Promise<Copy[]> {
  const doc = await cms.payload.findByID({ collection: slugs.articles, id: article, draft: true, depth: 0 })
  const inText = JSON.stringify(doc.body).match(/"relationTo":"media","value":(\d+)/g) ?? []
  const ids = [relationId(doc.image as never), ...inText.map((node) => Number(node.split(':').at(-1)))]
  const copies = []
  for (const id of ids) {
    const media = await cms.payload.findByID({ collection: slugs.media, id: Number(id), depth: 0 })
    copies.push({ collection: slugs.media, id: media.id, filename: media.filename! })
  }
  return copies
}

describe('the copies « Créer le brouillon » makes of a resident’s files', () => {
  it('photos: staff only while the article is a draft, public once published, staff only again once unpublished', async () => {
    const { contribution } = await photoContribution()
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    expect(answer).toMatchObject({ status: 201, body: { collection: slugs.articles } })
    const article = Number(answer.body.id)
    const copies = await mediaCopies(article)
    expect(copies).toHaveLength(2)
    await expectWithheld(copies)

    // An autosaved draft of an article that was never published leaves them withheld.
    expect((await rest('editorA', 'PATCH', `articles/${article}?draft=true`, { title: 'Le lavoir' })).status).toBe(200)
    await expectWithheld(copies)

    for (const [n, { id }] of copies.entries())
      await cms.payload.update({ collection: slugs.media, id, data: { alt: `Le lavoir, vue ${n + 1}` } })
    expect((await rest('editorA', 'PATCH', `articles/${article}`, { _status: 'published' })).status).toBe(200)
    await expectPublic(copies)
    // Only staff learn which contribution a public file came from.
    const [first] = copies
    expect((await rest('anonymous', 'GET', `media/${first!.id}?depth=0`)).body).not.toHaveProperty('contribution')
    expect((await rest('editorA', 'GET', `media/${first!.id}?depth=0`)).body).toMatchObject({
      contribution: contribution.id,
    })
    const byContribution = await rest('anonymous', 'GET', `media?where[contribution][equals]=${contribution.id}`)
    expect(byContribution.body.docs ?? []).toEqual([])

    // A draft saved over the published article keeps its photos online.
    expect(
      (await rest('editorA', 'PATCH', `articles/${article}?draft=true`, { title: 'Le lavoir, suite' })).status,
    ).toBe(200)
    await expectPublic(copies)

    // A draft without its lead photo leaves it online until that draft is published.
    const [lead, ...inText] = copies
    expect((await rest('editorA', 'PATCH', `articles/${article}?draft=true`, { image: null })).status).toBe(200)
    await expectPublic(copies)
    expect((await rest('editorA', 'PATCH', `articles/${article}`, { _status: 'published' })).status).toBe(200)
    await expectWithheld([lead!])
    await expectPublic(inText)
    // Placed in the easy-read version, it is shown again.
    const easyRead = richText('La version facile à lire.')
    easyRead.root.children.push(mediaUploadNode(lead!.id) as never)
    expect((await rest('editorA', 'PATCH', `articles/${article}`, { easyRead, _status: 'published' })).status).toBe(200)
    await expectPublic(copies)

    expect((await rest('editorA', 'PATCH', `articles/${article}`, { _status: 'draft' })).status).toBe(200)
    await expectWithheld(copies)
  })

  it('photos: a duplicate of the published article leaves them behind, and its saves leave them online', async () => {
    const { contribution } = await photoContribution()
    const article = Number((await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)).body.id)
    const copies = await mediaCopies(article)
    for (const [n, { id }] of copies.entries())
      await cms.payload.update({ collection: slugs.media, id, data: { alt: `Le marché, vue ${n + 1}` } })
    expect((await rest('editorA', 'PATCH', `articles/${article}`, { _status: 'published' })).status).toBe(200)
    await expectPublic(copies)

    const duplicated = await rest('editorA', 'POST', `articles/${article}/duplicate`, {})
    expect(duplicated.status, JSON.stringify(duplicated.body)).toBe(200)
    const copy = duplicated.body.doc as { id: number; image: unknown; body: unknown; title: string }
    expect(copy.image ?? null).toBeNull()
    expect(JSON.stringify(copy.body)).not.toContain('"relationTo":"media"')
    expect((await rest('editorA', 'PATCH', `articles/${copy.id}?draft=true`, { title: 'Le marché, bis' })).status).toBe(
      200,
    )
    await expectPublic(copies)
  })

  it('photos: still staff only once the contribution is rejected; withheld again when the article showing them is deleted', async () => {
    const { contribution } = await photoContribution()
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    const copies = await mediaCopies(Number(answer.body.id))
    const rejected = await rest('moderator', 'PATCH', `contributions/${contribution.id}`, { status: 'rejected' })
    expect(rejected.status).toBe(200)
    await expectWithheld(copies)

    // An editor shows the first photo in an article of their own, published, then deletes that article.
    const [first] = copies
    await cms.payload.update({ collection: slugs.media, id: first!.id, data: { alt: 'Le lavoir' } })
    const created = await rest('editorA', 'POST', 'articles', {
      title: 'Le lavoir, en images',
      body: richText('Une photo du lavoir.'),
      publishedAt: '2026-01-01T12:00:00.000Z',
      image: first!.id,
      houses: [houseA],
      _status: 'published',
    })
    expect(created.status).toBe(201)
    await expectPublic([first!])
    const other = (created.body.doc as { id: number }).id
    expect((await rest('editorA', 'DELETE', `articles/${other}`)).status).toBe(200)
    await expectWithheld([first!])
  })

  it('a sound: staff only while the episode is a draft, public once published, staff only again once unpublished', async () => {
    const show = await createShow(cms.payload, [houseA])
    const recording = await cms.payload.create({ collection: slugs.contributionFiles, data: {}, file: mp3File() })
    const { contribution } = await accepted('audio', [recording.id])
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`, { show })
    expect(answer).toMatchObject({ status: 201, body: { collection: slugs.episodes } })
    const episode = Number(answer.body.id)
    const { audio } = await cms.payload.findByID({ collection: slugs.episodes, id: episode, draft: true, depth: 0 })
    const stored = await cms.payload.findByID({ collection: slugs.audio, id: Number(audio), depth: 0 })
    const copy: Copy = { collection: slugs.audio, id: stored.id, filename: stored.filename! }
    await expectWithheld([copy])

    expect((await rest('editorA', 'PATCH', `episodes/${episode}`, { _status: 'published' })).status).toBe(200)
    await expectPublic([copy])
    expect((await rest('editorA', 'PATCH', `episodes/${episode}`, { _status: 'draft' })).status).toBe(200)
    await expectWithheld([copy])
  })

  it('withdrawal deletes the copies, and not a staff upload whose name mentions the contribution', async () => {
    const { contribution, key } = await photoContribution()
    const poster = await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Affiche de l’appel à contributions', houses: [houseA] },
      file: await jpegFile(`appel-a-contribution-${contribution.id}-affiche.jpg`, '#208040'),
    })
    expect(poster.filename).toMatch(new RegExp(`^appel-a-contribution-${contribution.id}-affiche`))
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    const copies = await mediaCopies(Number(answer.body.id))
    expect(await site.withdraw(contribution.reference!, key)).toMatchObject({ status: 200 })
    for (const { id } of copies)
      expect(await cms.payload.findByID({ collection: slugs.media, id, disableErrors: true, depth: 0 })).toBeNull()
    expect(await cms.payload.findByID({ collection: slugs.media, id: poster.id, depth: 0 })).toMatchObject({
      filename: poster.filename,
    })
    expect(await seenBy('anonymous', { collection: slugs.media, id: poster.id, filename: poster.filename! })).toEqual(
      visible,
    )
  })
})

describe('a sound the radio uploads', () => {
  /** A draft episode playing `audio`: its id. */
  const episode = async (show: number, audio: number, title: string): Promise<number> => {
    const answer = await rest('editorA', 'POST', slugs.episodes, {
      show,
      title,
      description: 'Un épisode.',
      audio,
      publishedAt: '2026-11-02T10:00:00.000Z',
      houses: [houseA],
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    return (answer.body.doc as { id: number }).id
  }

  it('is staff only until an episode playing it is published, and while any published episode plays it', async () => {
    const show = await createShow(cms.payload, [houseA], 'emission-avant-diffusion')
    const uploaded = await cms.payload.create({
      collection: slugs.audio,
      data: { title: 'Interview pas encore diffusée', houses: [houseA] },
      file: mp3File(),
    })
    const sound: Copy = { collection: slugs.audio, id: uploaded.id, filename: uploaded.filename! }
    await expectWithheld([sound])

    const first = await episode(show, sound.id, 'Première diffusion')
    const second = await episode(show, sound.id, 'Rediffusion')
    await expectWithheld([sound])

    for (const id of [first, second])
      expect((await rest('editorA', 'PATCH', `episodes/${id}`, { _status: 'published' })).status).toBe(200)
    await expectPublic([sound])
    expect((await rest('editorA', 'PATCH', `episodes/${first}`, { _status: 'draft' })).status).toBe(200)
    await expectPublic([sound])
    expect((await rest('editorA', 'DELETE', `episodes/${second}`)).status).toBe(200)
    await expectWithheld([sound])
  })
})

describe('a journal PDF the team uploads', () => {
  const upload = async (title: string): Promise<Copy> => {
    const doc = await cms.payload.create({
      collection: slugs.documents,
      data: { title, houses: [houseA] },
      file: pdfFile(),
    })
    return { collection: slugs.documents, id: doc.id, filename: doc.filename! }
  }

  it('is staff only until the issue offering it is published, public while its published version offers it', async () => {
    const paper = await upload('Numéro 90, édition papier')
    await expectWithheld([paper])

    const created = await rest('editorA', 'POST', slugs.journalIssues, {
      number: 90,
      date: '2026-12-01',
      title: 'Numéro de décembre',
      pdf: paper.id,
      houses: [houseA],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const issue = (created.body.doc as { id: number }).id
    await expectWithheld([paper])

    expect((await rest('editorA', 'PATCH', `journal-issues/${issue}`, { _status: 'published' })).status).toBe(200)
    await expectPublic([paper])

    // A corrected PDF in a draft: the published issue still offers the first one.
    const corrected = await upload('Numéro 90, corrigé')
    expect((await rest('editorA', 'PATCH', `journal-issues/${issue}?draft=true`, { pdf: corrected.id })).status).toBe(
      200,
    )
    await expectPublic([paper])
    await expectWithheld([corrected])

    expect((await rest('editorA', 'PATCH', `journal-issues/${issue}`, { _status: 'published' })).status).toBe(200)
    await expectPublic([corrected])
    await expectWithheld([paper])

    expect((await rest('editorA', 'DELETE', `journal-issues/${issue}`)).status).toBe(200)
    await expectWithheld([corrected])
  })

  it('restoring an older version withholds the PDF the published version offered before', async () => {
    const [first, second, draft] = [await upload('Première'), await upload('Deuxième'), await upload('Brouillon')]
    const created = await rest('editorA', 'POST', slugs.journalIssues, {
      number: 93,
      date: '2026-12-01',
      title: 'Numéro 93',
      pdf: first.id,
      houses: [houseA],
      _status: 'published',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const issue = (created.body.doc as { id: number }).id
    expect((await rest('editorA', 'PATCH', `journal-issues/${issue}`, { pdf: second.id })).status).toBe(200)
    expect((await rest('editorA', 'PATCH', `journal-issues/${issue}?draft=true`, { pdf: draft.id })).status).toBe(200)
    await expectPublic([second])
    await expectWithheld([first, draft])

    const versions = await rest(
      'editorA',
      'GET',
      `journal-issues/versions?where[parent][equals]=${issue}&sort=createdAt&depth=0`,
    )
    const oldest = (versions.body.docs as { id: number; version: { pdf: number } }[])[0]!
    expect(oldest.version.pdf).toBe(first.id)
    const restored = await rest('editorA', 'POST', `journal-issues/versions/${oldest.id}`)
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    await expectPublic([first])
    await expectWithheld([second, draft])
  })

  it('may not be placed in a text, where nothing would release it: only images may', async () => {
    const pdf = await upload('Dépliant')
    const body = richText('Le dépliant :')
    body.root.children.push({ ...mediaUploadNode(pdf.id), relationTo: slugs.documents } as never)
    const refused = await rest('editorA', 'POST', slugs.articles, {
      title: 'Article avec un PDF',
      body,
      houses: [houseA],
    })
    expect(refused.status).toBe(400)
    await expectWithheld([pdf])
  })

  it('uploaded before PDFs could be withheld: public only if a published issue offers it', async () => {
    const offered = await upload('Numéro 91, édition papier')
    const draftOnly = await upload('Numéro 92, édition papier')
    for (const [number, pdf, status] of [
      [91, offered, 'published'],
      [92, draftOnly, 'draft'],
    ] as const) {
      const created = await rest('editorA', 'POST', slugs.journalIssues, {
        number,
        date: '2026-12-01',
        title: `Numéro ${number}`,
        pdf: pdf.id,
        houses: [houseA],
        _status: status,
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
    }
    const db = (cms.payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
    await db.run(sql`UPDATE documents SET withheld = 0`)
    await expectPublic([offered, draftOnly])

    await withholdUnofferedPdfs(db)
    await expectPublic([offered])
    await expectWithheld([draftOnly])
  })
})
