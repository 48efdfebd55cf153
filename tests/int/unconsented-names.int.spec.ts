import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { routeCmsFetch } from '../helpers/cmsOverHttp'
import { mp3File } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restAs, type Rest } from '../helpers/rest'
import { createShow } from '../helpers/shows'
import { createActors } from '../helpers/staff'

/**
 * An episode's people who refused to be named, and their voices in its transcript, are hidden
 * from anonymous readers after the database answered (`hideUnconsentedNames`). A query on those
 * fields would be answered from the raw values: anonymous readers may not filter or sort on them.
 */
const CMS = 'http://cms.test'
let cms: TestCms
let rest: Rest
let restore: () => void
let showId: number
let content: (typeof import('../../site/lib/content'))['content']

beforeAll(async () => {
  cms = await startTestCms({ CMS_URL: CMS })
  const { actors, houseA } = await createActors(cms.payload)
  rest = await restAs(cms.payload, cms.config, actors)
  restore = routeCmsFetch(cms.config, CMS)
  content = (await import('../../site/lib/content')).content
  showId = await createShow(cms.payload, [houseA.id])
  const audio = await cms.payload.create({
    collection: slugs.audio,
    data: { title: 'Son', houses: [houseA.id] },
    file: mp3File(),
  })
  await cms.payload.create({
    collection: slugs.episodes,
    data: {
      show: showId,
      title: 'Le marché du samedi',
      slug: 'le-marche',
      description: 'Au marché.',
      audio: audio.id,
      publishedAt: '2026-11-02T10:00:00.000Z',
      houses: [houseA.id],
      _status: 'published',
      transcript: 'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Bernard Martin>Bonjour à tous.\n',
      people: [
        { name: 'Karim Haddad', role: 'host', consent: true },
        { name: 'Bernard Martin', role: 'guest', consent: false },
      ],
    } as never,
  })
})
afterAll(async () => {
  restore()
  await cms.stop()
})

const PEEKS = [
  'where[people.name][equals]=Bernard%20Martin',
  'where[people.name][like]=Bern',
  'where[people.name][contains]=B',
  'where[people.consent][equals]=false',
  'where[people.role][equals]=guest',
  'where[people.id][exists]=true',
  'where[transcript][like]=%3Cv%20Bernard%20Martin%3E',
  'where[transcript][contains]=Bernard',
  'where[or][0][title][equals]=x&where[or][1][people.name][equals]=Bernard%20Martin',
  'where[and][0][show][exists]=true&where[and][1][transcript][exists]=true',
  'sort=people.name',
  'sort=-transcript',
]

describe('queries on the names an anonymous reader may not see', () => {
  it('are refused to anonymous readers, with a French message, on the list and the count', async () => {
    for (const peek of PEEKS) {
      // A count has no order: a sort there is ignored and reveals nothing.
      const paths = peek.startsWith('sort')
        ? [`${slugs.episodes}?${peek}`]
        : [`${slugs.episodes}?${peek}`, `${slugs.episodes}/count?${peek}`]
      for (const path of paths) {
        const answer = await rest('anonymous', 'GET', path)
        expect(answer.status, path).toBe(400)
        const [error] = answer.body.errors as { message: string }[]
        expect(error!.message, path).toMatch(/^Ce critère de recherche ou de tri n’est pas permis/)
        expect(JSON.stringify(answer.body), path).not.toContain('Bernard')
      }
    }
  })

  it('are refused likewise on a contribution’s contributor and consent, which only moderation reads', async () => {
    for (const peek of [
      'where[contributor.name][like]=a',
      'where[consent.publication][equals]=true',
      'sort=reference',
    ]) {
      const answer = await rest('anonymous', 'GET', `${slugs.contributions}?${peek}`)
      expect(answer.status, peek).toBe(400)
      expect(answer.body.errors, peek).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ code: 'query-not-allowed' }) }),
      ])
    }
  })

  it('are answered to staff, who read every name', async () => {
    for (const who of ['admin', 'editorA', 'editorB', 'moderator'] as const) {
      const answer = await rest(who, 'GET', `${slugs.episodes}?where[people.name][equals]=Bernard%20Martin`)
      expect(answer.status, who).toBe(200)
      expect(answer.body.docs, who).toHaveLength(1)
      const sorted = await rest(who, 'GET', `${slugs.episodes}?sort=people.name&where[transcript][like]=Bernard`)
      expect(sorted.status, who).toBe(200)
    }
  })

  it('leave the site’s anonymous reads whole: consenting names, the transcript with the others as « Intervenant·e »', async () => {
    const [episode] = await content.episodes(showId)
    expect(episode!.people).toEqual([expect.objectContaining({ name: 'Karim Haddad' })])
    expect(episode!.transcript).toContain('<v Intervenant·e>Bonjour à tous.')
    expect(JSON.stringify(episode)).not.toContain('Bernard')
    expect(await content.episode(showId, 'le-marche')).toMatchObject({ slug: 'le-marche' })
    const listed = await rest('anonymous', 'GET', `${slugs.episodes}?where[slug][equals]=le-marche&sort=-publishedAt`)
    expect(listed.status).toBe(200)
    expect(JSON.stringify(listed.body)).not.toContain('Bernard')
  })
})
