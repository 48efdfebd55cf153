import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { createEvent, eventData } from '../helpers/events'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restAs, type Rest } from '../helpers/rest'
import { createActors } from '../helpers/staff'

let cms: TestCms
let rest: Rest
let houseA: number

beforeAll(async () => {
  cms = await startTestCms()
  const created = await createActors(cms.payload)
  houseA = created.houseA.id
  rest = await restAs(cms.payload, cms.config, created.actors)
})
afterAll(() => cms.stop())

describe('the versions door', () => {
  it('never shows a moderator or a visitor an unpublished draft', async () => {
    const draft = await createEvent(cms.payload, eventData('Projet secret', { houses: [houseA] }), 'draft')
    const versions = await cms.payload.findVersions({
      collection: slugs.events,
      where: { parent: { equals: draft.id } },
    })
    const version = versions.docs[0]!.id
    for (const who of ['moderator', 'anonymous'] as const) {
      const list = await rest(who, 'GET', `${slugs.events}/versions?where[version._status][equals]=draft`)
      expect(JSON.stringify(list.body)).not.toContain('Projet secret')
      expect(list.status).toBe(403)
      const one = await rest(who, 'GET', `${slugs.events}/versions/${version}`)
      expect(one.status).toBe(403)
      expect(JSON.stringify(one.body)).not.toContain('Projet secret')
    }
    const editor = await rest('editorB', 'GET', `${slugs.events}/versions/${version}`)
    expect(JSON.stringify(editor.body)).toContain('Projet secret')
  })
})
