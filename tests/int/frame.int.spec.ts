import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Frame, FRAME_PATH } from '../../schemas/content/frame'
import { globalSlugs, slugs } from '../../schemas/slugs'
import { routeCmsFetch } from '../helpers/cmsOverHttp'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restAs, type Rest } from '../helpers/rest'
import { createActors, everyone } from '../helpers/staff'

/**
 * `GET /api/frame` answers in one read what the site's frame showed from four REST reads, read as
 * an anonymous visitor whoever asks: a session must not widen what the site shows everyone.
 */
const CMS = 'http://cms.test'
let cms: TestCms
let rest: Rest
let restore: () => void
let site: typeof import('../../site/lib/content')

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
    expect(Frame.parse((await rest('anonymous', 'GET', FRAME_PATH)).body)).toEqual(expected)
    expect(await site.content.frame()).toEqual(expected)
  })

  it('answers everyone what an anonymous visitor reads: no draft, whoever is signed in', async () => {
    const anonymous = (await rest('anonymous', 'GET', FRAME_PATH)).body
    expect(Frame.parse(anonymous).houses.map((house) => house.slug)).not.toContain('maison-en-preparation')
    for (const who of everyone) {
      const answer = await rest(who, 'GET', FRAME_PATH)
      expect(answer.status, who).toBe(200)
      expect(answer.body, who).toEqual(anonymous)
    }
    const asStaff = await rest('admin', 'GET', `${slugs.houses}?depth=0&limit=20`)
    expect(asStaff.body.docs?.length).toBe(3)
  })
})
