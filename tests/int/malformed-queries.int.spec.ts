import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventsIn } from '../../site/lib/content/queries'
import { globalSlugs, slugs } from '../../schemas/slugs'
import { mp3File } from '../helpers/files'
import { restAs, type Rest } from '../helpers/rest'
import { createShow } from '../helpers/shows'
import { startCmsWithActors } from '../helpers/staff'

/**
 * A value that cannot be what its field holds (a word for an id, a date or a number), in a query
 * or as a reference to another document, is the client's mistake: 400 with a French sentence,
 * never a 500 « Something went wrong » from the database.
 */
let ctx: Awaited<ReturnType<typeof startCmsWithActors>>
let rest: Rest
let showId: number
let audioId: number

beforeAll(async () => {
  ctx = await startCmsWithActors()
  rest = await restAs(ctx.cms.payload, ctx.cms.config, ctx.actors)
  showId = await createShow(ctx.cms.payload, [ctx.houseA])
  const audio = await ctx.cms.payload.create({
    collection: slugs.audio,
    data: { title: 'Son', houses: [ctx.houseA] },
    file: mp3File(),
  })
  audioId = audio.id
})
afterAll(() => ctx.cms.stop())

type Refusal = { errors: { message: string; data: { code: string; errors?: { path: string; message: string }[] } }[] }
const refusalOf = (body: unknown) => (body as Refusal).errors[0]!

const MALFORMED = [
  [slugs.episodes, 'where[show][equals]=abc', 'l’identifiant d’un document'],
  [slugs.episodes, 'where[show][in]=abc,2', 'l’identifiant d’un document'],
  [slugs.episodes, 'where[audio][not_equals]=1.5', 'l’identifiant d’un document'],
  [slugs.episodes, 'where[about.value][equals]=abc', 'l’identifiant d’un document'],
  [slugs.episodes, 'where[show.cover][equals]=abc', 'l’identifiant d’un document'],
  [slugs.episodes, 'where[number][equals]=abc', 'un nombre'],
  [slugs.episodes, 'where[publishedAt][greater_than]=notadate', 'une date'],
  [slugs.events, 'where[start][greater_than]=notadate', 'une date'],
  [slugs.events, 'where[or][0][title][equals]=x&where[or][1][and][0][lastDate][less_than]=demain', 'une date'],
  [slugs.events, 'where[project][equals]=un-projet', 'l’identifiant d’un document'],
  [slugs.articles, 'where[issue][equals]=abc', 'l’identifiant d’un document'],
  [slugs.houses, 'where[id][in]=1,deux', 'l’identifiant d’un document'],
  [slugs.journalIssues, 'where[number][greater_than]=dix', 'un nombre'],
] as const

describe('a query value its field cannot hold', () => {
  it('is answered 400 with a French sentence, anonymously and signed in, on lists and counts', async () => {
    for (const [collection, query, expects] of MALFORMED) {
      for (const who of ['anonymous', 'admin'] as const) {
        for (const path of [`${collection}?${query}`, `${collection}/count?${query}`]) {
          const answer = await rest(who, 'GET', path)
          expect(answer.status, `${who} ${path}`).toBe(400)
          expect(refusalOf(answer.body).data.code).toBe('query-value-malformed')
          expect(refusalOf(answer.body).message, path).toContain(`attend ${expects}`)
        }
      }
    }
  })

  it('is refused in the version history too', async () => {
    for (const query of [
      'where[version.show][equals]=abc',
      'where[parent][equals]=abc',
      'where[updatedAt][less_than]=hier',
    ]) {
      const answer = await rest('admin', 'GET', `${slugs.episodes}/versions?${query}`)
      expect(answer.status, query).toBe(400)
      expect(refusalOf(answer.body).data.code).toBe('query-value-malformed')
    }
  })

  it('leaves well-formed queries alone, the site’s agenda query included', async () => {
    for (const path of [
      `${slugs.episodes}?where[show][equals]=${showId}`,
      `${slugs.episodes}?where[show][in]=${showId},2`,
      `${slugs.episodes}?where[about.relationTo][equals]=events&where[about.value][equals]=1`,
      `${slugs.episodes}?where[number][greater_than]=2&where[publishedAt][less_than]=2026-12-01`,
      `${slugs.episodes}?where[show][exists]=true&where[audio][equals]=null`,
      `${slugs.events}?${new URLSearchParams(eventsIn(new Date('2026-11-01'), new Date('2026-12-01')) as Record<string, string>)}`,
    ]) {
      expect((await rest('anonymous', 'GET', path)).status, path).toBe(200)
    }
  })
})

describe('a reference to a document that does not exist', () => {
  const episode = (show: number, audio = audioId) => ({
    show,
    title: 'Épisode',
    description: 'Un épisode.',
    audio,
    publishedAt: '2026-11-02T10:00:00.000Z',
    houses: [ctx.houseA],
  })

  it('is refused on its field, 400, when creating and when changing, in collections and globals', async () => {
    const created = await rest('admin', 'POST', slugs.episodes, episode(999))
    expect(created.status).toBe(400)
    expect(refusalOf(created.body).data.code).toBe('reference-not-found')
    expect(refusalOf(created.body).data.errors).toEqual([
      { path: 'show', message: 'Aucun document ne porte l’identifiant « 999 ». Choisissez-en un qui existe.' },
    ])
    expect((await rest('editorA', 'POST', slugs.episodes, episode(showId, 998))).status).toBe(400)

    const ok = await rest('admin', 'POST', slugs.episodes, episode(showId))
    expect(ok.status).toBe(201)
    const id = (ok.body.doc as { id: number }).id
    const changed = await rest('admin', 'PATCH', `${slugs.episodes}/${id}`, {
      about: [{ relationTo: slugs.projects, value: 997 }],
    })
    expect(changed.status).toBe(400)
    expect(refusalOf(changed.body).data.errors).toEqual([expect.objectContaining({ path: 'about.0' })])

    const event = await rest('admin', 'POST', slugs.events, {
      title: 'Atelier',
      start: '2026-11-20T14:00:00.000Z',
      project: 996,
      houses: [ctx.houseA],
    })
    expect(event.status).toBe(400)
    expect(refusalOf(event.body).data.errors).toEqual([expect.objectContaining({ path: 'project' })])

    const identity = await rest('admin', 'POST', `globals/${globalSlugs.identity}`, { logo: 995 })
    expect(identity.status).toBe(400)
    expect(refusalOf(identity.body).data.errors).toEqual([expect.objectContaining({ path: 'logo' })])
  })
})

describe('an operator or a list its field cannot take', () => {
  it('is answered 400 with a French sentence instead of a 500', async () => {
    for (const query of [
      'where[show][like]=abc',
      'where[audio][not_like]=abc',
      'where[show][near]=1,2',
      'where[title][within]=1',
      'where[title][equals][0]=a',
      'where[publishedAt][less_than][0]=2026-11-01',
    ]) {
      const answer = await rest('anonymous', 'GET', `${slugs.episodes}?${query}`)
      expect(answer.status, query).toBe(400)
      expect(refusalOf(answer.body).data.code, query).toBe('query-value-malformed')
    }
    expect(
      (await rest('anonymous', 'GET', `${slugs.episodes}?where[title][in][0]=a&where[title][like]=a`)).status,
    ).toBe(200)
  })
})

describe('an anonymous read larger than any page of the site', () => {
  const UNBOUNDED = [
    `${slugs.events}?limit=100000&depth=10`,
    `${slugs.events}?limit=100000`,
    `${slugs.events}?limit=0`,
    `${slugs.events}?pagination=false`,
    `${slugs.articles}?depth=3`,
    `${slugs.episodes}/${1}?depth=10`,
    `${slugs.audio}?limit=1001`,
    `${slugs.themes}?limit=1&page=1e308`,
    `${slugs.themes}?limit=1&depth=1.5`,
  ]

  it('is answered 400 with a French sentence, before any document is read', async () => {
    for (const path of UNBOUNDED) {
      const answer = await rest('anonymous', 'GET', path)
      expect(answer.status, path).toBe(400)
      expect(refusalOf(answer.body).data.code, path).toBe('read-unbounded')
      expect(refusalOf(answer.body).message, path).toContain('Une lecture publique demande au plus 1000 documents')
    }
  })

  it('is left to signed-in staff, and bounded reads to everyone', async () => {
    for (const path of [`${slugs.events}?limit=0`, `${slugs.articles}?depth=3`])
      expect((await rest('admin', 'GET', path)).status, path).toBe(200)
    for (const path of [
      `${slugs.events}?limit=1000&depth=2`,
      `${slugs.events}?limit=10&pagination=false`,
      `${slugs.events}`,
      `${slugs.houses}?depth=1`,
    ])
      expect((await rest('anonymous', 'GET', path)).status, path).toBe(200)
  })
})
