import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_READS_PATH, MAX_COLLECTION_READS } from '../../schemas/collectionReads'
import { Frame, FRAME_PATH } from '../../schemas/content/frame'
import { globalSlugs, slugs } from '../../schemas/slugs'
import { routeCmsFetch } from '../helpers/cmsOverHttp'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restAs, type Rest } from '../helpers/rest'
import { createActors, everyone } from '../helpers/staff'

/**
 * The CMS's endpoint that answers the site's reads in fewer requests, read as an anonymous visitor
 * whoever asks (a session must not widen what the site shows everyone): `POST /api/reads` answers
 * several collection reads, each as its REST GET answers, and the read `frame`, what the site's
 * frame showed from four REST reads.
 */
const CMS = 'http://cms.test'
let cms: TestCms
let rest: Rest
let restore: () => void
let site: typeof import('../../site/lib/content')

type Answers = { answers: { status: number; body: Record<string, unknown> }[] }
const readsAs = async (who: (typeof everyone)[number], reads: unknown) => {
  const answer = await rest(who, 'POST', COLLECTION_READS_PATH, { reads })
  return { status: answer.status, body: answer.body as unknown as Answers & { errors?: { message: string }[] } }
}

beforeAll(async () => {
  cms = await startTestCms({ CMS_URL: CMS })
  const { actors } = await createActors(cms.payload)
  rest = await restAs(cms.payload, cms.config, actors)
  restore = routeCmsFetch(cms.config, CMS)
  site = await import('../../site/lib/content')
  await cms.payload.create({
    collection: slugs.houses,
    data: { name: 'Maison en préparation', slug: 'maison-en-preparation', summary: 'Pas encore ouverte.' },
    draft: true,
  })
  for (const name of ['Jardinage', 'Cuisine'])
    await cms.payload.create({
      collection: slugs.themes,
      data: { name, slug: name.toLowerCase(), _status: 'published' },
    })
  await cms.payload.updateGlobal({ slug: globalSlugs.settings, data: { tagline: 'Trois maisons, un quartier.' } })
})
afterAll(async () => {
  restore()
  await cms.stop()
})

describe('the frame in one read', () => {
  it('answers what the four public reads answer, and the site reads it as its frame', async () => {
    const anonymous = (path: string) => rest('anonymous', 'GET', path).then((answer) => answer.body)
    const houseFields = Object.keys(Frame.shape.houses.element.shape)
      .map((field) => `select[${field}]=true`)
      .join('&')
    const expected = Frame.parse({
      identity: await anonymous(`globals/${globalSlugs.identity}?depth=1`),
      navigation: await anonymous(`globals/${globalSlugs.navigation}?depth=0`),
      settings: await anonymous(`globals/${globalSlugs.settings}?depth=0`),
      houses: (await anonymous(`${slugs.houses}?sort=name&limit=20&depth=1&${houseFields}`)).docs,
    })
    expect(expected.houses.map((house) => house.name)).toEqual(['Maison A', 'Maison B'])
    expect(expected.settings.tagline).toBe('Trois maisons, un quartier.')
    const { status, body } = await readsAs('anonymous', [FRAME_PATH, `${slugs.themes}?limit=1&depth=0`])
    expect(status).toBe(200)
    expect(body.answers[0]!.status).toBe(200)
    expect(Frame.parse(body.answers[0]!.body)).toEqual(expected)
    expect(body.answers[1]!.body.docs).toHaveLength(1)
    expect(await site.content.frame()).toEqual(expected)
  })

  it('answers everyone what an anonymous visitor reads: no draft, whoever is signed in', async () => {
    const frameAs = async (who: (typeof everyone)[number]) => (await readsAs(who, [FRAME_PATH])).body.answers[0]!
    const anonymous = (await frameAs('anonymous')).body
    expect(Frame.parse(anonymous).houses.map((house) => house.slug)).not.toContain('maison-en-preparation')
    for (const who of everyone) {
      const answer = await frameAs(who)
      expect(answer.status, who).toBe(200)
      expect(answer.body, who).toEqual(anonymous)
    }
    const asStaff = await rest('admin', 'GET', `${slugs.houses}?depth=0&limit=20`)
    expect(asStaff.body.docs?.length).toBe(3)
  })
})

describe('collection reads in one request', () => {
  it('answers each read as its REST GET answers an anonymous visitor, in order', async () => {
    const reads = [
      `${slugs.houses}?sort=name&depth=1&limit=20`,
      `${slugs.houses}?where[slug][equals]=maison-b&depth=0&select[name]=true&select[slug]=true`,
      `${slugs.themes}?sort=-name&limit=1&page=2&depth=0`,
      `${slugs.themes}?sort=name&limit=100&depth=0&pagination=false`,
    ]
    const { status, body } = await readsAs('anonymous', reads)
    expect(status).toBe(200)
    expect(body.answers).toHaveLength(reads.length)
    for (const [i, read] of reads.entries()) {
      const alone = await rest('anonymous', 'GET', read)
      expect(alone.status, read).toBe(200)
      expect(body.answers[i], read).toEqual({ status: 200, body: alone.body })
    }
    expect((body.answers[2]!.body.docs as { name: string }[]).map((theme) => theme.name)).toEqual(['Cuisine'])
  })

  it('answers everyone what an anonymous visitor reads: no draft, no private collection', async () => {
    const reads = [`${slugs.houses}?depth=0&limit=20`, `${slugs.users}?depth=0`, `${slugs.contributions}?depth=0`]
    const anonymous = await readsAs('anonymous', reads)
    const houses = anonymous.body.answers[0]!.body.docs as { slug: string }[]
    expect(houses.map((house) => house.slug)).not.toContain('maison-en-preparation')
    expect(anonymous.body.answers.slice(1).map((answer) => answer.status)).toEqual([
      (await rest('anonymous', 'GET', reads[1]!)).status,
      (await rest('anonymous', 'GET', reads[2]!)).status,
    ])
    expect(anonymous.body.answers[1]!.status).toBe(403)
    for (const who of everyone) expect((await readsAs(who, reads)).body, who).toEqual(anonymous.body)
    expect((await rest('admin', 'GET', reads[0]!)).body.docs?.length).toBe(3)
  })

  it('answers a refused read alone, the others as usual', async () => {
    const { status, body } = await readsAs('anonymous', [
      `${slugs.houses}?where[password][equals]=x`,
      'nothing-of-the-kind?limit=1',
      `${slugs.events}?where=x`,
      `${slugs.themes}?depth=0`,
    ])
    expect(status).toBe(200)
    expect(body.answers.map((answer) => answer.status)).toEqual([400, 404, 400, 200])
    expect(body.answers[3]!.body.totalDocs).toBe(2)
  })

  it('answers only reads as bounded as the site’s: 1 to 1000 whole documents, a whole page, a depth of 0 to 2', async () => {
    const bounded = [`${slugs.themes}?limit=1000&depth=2`, `${slugs.themes}?limit=5&pagination=false`, slugs.themes]
    const unbounded = [
      `${slugs.themes}?limit=0`,
      `${slugs.themes}?limit=1001`,
      `${slugs.themes}?pagination=false`,
      `${slugs.themes}?limit=10&depth=3`,
      `${slugs.themes}?limit=2.5`,
      `${slugs.themes}?limit=1&page=1e308`,
      `${slugs.themes}?limit=1&depth=1.5`,
    ]
    const { body } = await readsAs('anonymous', [...bounded, ...unbounded])
    expect(body.answers.map((answer) => answer.status)).toEqual([200, 200, 200, ...unbounded.map(() => 400)])
    expect(body.answers[3]!.body).toEqual({
      errors: [
        {
          message:
            'A read here takes a whole limit of 1 to 1000 documents, a whole page number from 1 and a depth of 0 to 2.',
        },
      ],
    })
  })

  it('refuses, in English for the operator, a body that is no list of reads', async () => {
    const tooMany = Array.from({ length: MAX_COLLECTION_READS + 1 }, () => `${slugs.themes}?depth=0`)
    for (const reads of [[], tooMany, 'themes', [42]]) {
      const { status, body } = await readsAs('anonymous', reads)
      expect(status, JSON.stringify(reads)).toBe(400)
      expect(body.errors?.[0]?.message).toMatch(/^Expected \{ reads: string\[\] \}/)
    }
    const notJson = await REST_POST(Promise.resolve(cms.config))(
      new Request(`http://localhost:3000/api/${COLLECTION_READS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{ reads: ',
      }),
      { params: Promise.resolve({ slug: [COLLECTION_READS_PATH] }) },
    )
    expect(notJson.status).toBe(400)
    expect(await notJson.json()).toEqual({ errors: [{ message: 'The body is not JSON.' }] })
  })

  it('sends the reads the site starts together in one request, the frame’s with them', async () => {
    const { value, requests } = await requestsDuring(() =>
      Promise.all([
        site.content.themes(),
        site.content.house('maison-b'),
        site.content.house('maison-en-preparation'),
        site.content.frame(),
      ]),
    )
    const [themes, house, missing, frame] = value
    expect(frame.settings.tagline).toBe('Trois maisons, un quartier.')
    expect(themes.map((theme) => theme.name)).toEqual(['Cuisine', 'Jardinage'])
    expect(house?.name).toBe('Maison B')
    expect(missing).toBeNull()
    expect(requests).toEqual([`POST /api/${COLLECTION_READS_PATH}`])
  })

  it('reads the agenda’s themes with the events its filters show, unless a theme is asked or a value refused', async () => {
    const { agendaRequest } = await import('../../site/lib/agendaRequest')
    const { filteredEvents } = await import('../../site/lib/filteredAgenda')
    const { houses } = await site.content.frame()
    const now = new Date()
    const later = new Date(now.getTime() + 14 * 86_400_000)
    const asked = (query: string) =>
      requestsDuring(() =>
        agendaRequest(new URL(`http://site.test/agenda${query}`), houses, now, (filters) =>
          filteredEvents(filters, now, later),
        ),
      )
    const together = await asked('?maison=maison-b')
    expect(together.value).toMatchObject({ refused: false, shown: [], query: '?maison=maison-b' })
    expect(together.value.themes.map((theme) => theme.slug)).toEqual(['cuisine', 'jardinage'])
    expect(together.requests).toEqual([`POST /api/${COLLECTION_READS_PATH}`])
    // A theme is checked against the themes read first.
    const theme = await asked('?theme=cuisine')
    expect(theme.value).toMatchObject({ refused: false, query: '?theme=cuisine' })
    expect(theme.requests).toHaveLength(2)
    // A refused value reads the themes alone (to find a former slug), never the events.
    for (const query of ['?du=2020-01-01', '?theme=inconnu']) {
      const refused = await asked(query)
      expect(refused.value.refused, query).toBe(true)
      expect(refused.requests, query).toHaveLength(1)
    }
  })
})

/** What `run` gives, and the requests the site sent the CMS meanwhile (`POST /api/reads`…). */
async function requestsDuring<T>(run: () => Promise<T>): Promise<{ value: T; requests: string[] }> {
  const requests: string[] = []
  const routed = globalThis.fetch
  globalThis.fetch = ((input: URL | RequestInfo, init?: RequestInit) => {
    requests.push(
      `${init?.method ?? 'GET'} ${new URL(input instanceof Request ? input.url : input.toString()).pathname}`,
    )
    return routed(input, init)
  }) as typeof fetch
  try {
    return { value: await run(), requests }
  } finally {
    globalThis.fetch = routed
  }
}
