import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs, slugs } from '../../schemas/slugs'
import { mp3File, pdfFile, pngFile } from '../helpers/files'
import { restAs, type Rest } from '../helpers/rest'
import { createShow } from '../helpers/shows'
import { startCmsWithActors } from '../helpers/staff'

/**
 * Deleting a file only empties the references to it: the episodes of a deleted sound left the
 * feed and the site without a word. A file a published document (or the visual identity) uses is
 * refused deletion, with what uses it named; drafts do not hold it back.
 */
let ctx: Awaited<ReturnType<typeof startCmsWithActors>>
let rest: Rest
let showId: number

beforeAll(async () => {
  ctx = await startCmsWithActors()
  rest = await restAs(ctx.cms.payload, ctx.cms.config, ctx.actors)
  showId = await createShow(ctx.cms.payload, [ctx.houseA])
})
afterAll(() => ctx.cms.stop())

const sound = (title: string) =>
  ctx.cms.payload.create({ collection: slugs.audio, data: { title, houses: [ctx.houseA] }, file: mp3File() })

const episode = (title: string, audio: number, status: 'published' | 'draft') =>
  ctx.cms.payload.create({
    collection: slugs.episodes,
    data: {
      show: showId,
      title,
      description: 'Un épisode.',
      audio,
      publishedAt: '2026-11-02T10:00:00.000Z',
      houses: [ctx.houseA],
      _status: status,
    } as never,
    draft: status === 'draft',
  })

type Refusal = { errors: { message: string; data: { code: string } }[] }

describe('deleting a file', () => {
  it('is refused while published episodes use the sound, naming them, as admin and as editor', async () => {
    const audio = await sound('Le son du marché')
    const used = [
      await episode('Le marché du samedi', audio.id, 'published'),
      await episode('Le marché du dimanche', audio.id, 'published'),
    ]
    await episode('Brouillon sur le marché', audio.id, 'draft')
    for (const who of ['editorA', 'admin'] as const) {
      const answer = await rest(who, 'DELETE', `${slugs.audio}/${audio.id}`)
      expect(answer.status, who).toBe(409)
      const [error] = (answer.body as unknown as Refusal).errors
      expect(error!.data.code).toBe('file-in-use')
      expect(error!.message).toContain('Impossible de supprimer ce son, il est utilisé par 2 contenus publiés')
      expect(error!.message).toContain('« Le marché du samedi »')
      expect(error!.message).toContain('« Le marché du dimanche »')
      expect(error!.message).not.toContain('Brouillon')
    }
    const kept = await ctx.cms.payload.findByID({ collection: slugs.episodes, id: used[0]!.id, depth: 0 })
    expect(kept.audio).toBe(audio.id)

    // Once no published episode uses it, the drafts do not hold it back.
    const other = await sound('Un autre son')
    for (const { id } of used)
      await ctx.cms.payload.update({ collection: slugs.episodes, id, data: { audio: other.id } })
    expect((await rest('editorA', 'DELETE', `${slugs.audio}/${audio.id}`)).status).toBe(200)
  })

  it('is refused for an image that is a show’s cover, and for a PDF that is a journal issue’s', async () => {
    const show = await ctx.cms.payload.findByID({ collection: slugs.shows, id: showId, depth: 0 })
    await ctx.cms.payload.update({ collection: slugs.shows, id: showId, data: { _status: 'published' } as never })
    const cover = await rest('admin', 'DELETE', `${slugs.media}/${show.cover as number}`)
    expect(cover.status).toBe(409)
    expect((cover.body as unknown as Refusal).errors[0]!.message).toMatch(
      /^Impossible de supprimer cette image, elle est utilisée par un contenu publié \(Émissions « Émission emission-de-test »\)/,
    )

    const pdf = await ctx.cms.payload.create({
      collection: slugs.documents,
      data: { title: 'Numéro 7', houses: [ctx.houseA] },
      file: pdfFile(),
    })
    await ctx.cms.payload.create({
      collection: slugs.journalIssues,
      data: {
        number: 7,
        date: '2026-11-01',
        title: 'Le numéro d’hiver',
        pdf: pdf.id,
        houses: [ctx.houseA],
        _status: 'published',
      } as never,
    })
    const answer = await rest('admin', 'DELETE', `${slugs.documents}/${pdf.id}`)
    expect(answer.status).toBe(409)
    expect((answer.body as unknown as Refusal).errors[0]!.message).toContain('« Le numéro d’hiver »')
  })

  it('is refused for the logo of the visual identity, and allowed for a file nothing uses', async () => {
    const logo = await ctx.cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Logo', cooperation: true },
      file: await pngFile('logo.png', 64),
    })
    await ctx.cms.payload.updateGlobal({
      slug: globalSlugs.identity,
      data: {
        palette: {
          primary: '#0B5563',
          onPrimary: '#FFFFFF',
          highlight: '#F2C14E',
          background: '#FFF8EE',
          text: '#1B1B1F',
        },
        logo: logo.id,
      } as never,
    })
    const answer = await rest('admin', 'DELETE', `${slugs.media}/${logo.id}`)
    expect(answer.status).toBe(409)
    expect((answer.body as unknown as Refusal).errors[0]!.message).toContain('Identité visuelle')

    const unused = await ctx.cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Rien', houses: [ctx.houseA] },
      file: await pngFile('rien.png', 64),
    })
    expect((await rest('editorA', 'DELETE', `${slugs.media}/${unused.id}`)).status).toBe(200)
  })
})
