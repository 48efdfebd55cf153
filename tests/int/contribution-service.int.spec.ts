import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTRIBUTION_SERVICE_HEADER } from '../../schemas/contributions/service'
import { slugs } from '../../schemas/slugs'
import { cases, createAsAdmin, createFixtures } from '../helpers/accessCases'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Actors, allowed, createActors } from '../helpers/staff'

/**
 * The site's contribution service may create contributions and their files, and nothing else: the
 * walk goes over every collection of the access cases with the service's secret in its header.
 */
let cms: TestCms
let actors: Actors

beforeAll(async () => {
  cms = await startTestCms()
  const { houseA, actors: created } = await createActors(cms.payload)
  actors = created
  await createFixtures(cms.payload, houseA.id)
})
afterAll(() => cms.stop())

const service = (secret = process.env.CONTRIBUTION_SERVICE_SECRET ?? '') => ({
  overrideAccess: false as const,
  req: { headers: new Headers({ [CONTRIBUTION_SERVICE_HEADER]: secret }) },
})
const mayCreate = [slugs.contributions, slugs.contributionFiles] as string[]

describe.each(cases)('the contribution service on $collection', (test) => {
  it(mayCreate.includes(test.collection) ? 'may create, and only that' : 'may do nothing', async () => {
    const file = test.file ? await test.file() : undefined
    const create = () =>
      cms.payload.create({ collection: test.collection, data: test.data() as never, file, ...service() })
    expect(await allowed(create)).toBe(mayCreate.includes(test.collection))

    const existing = await createAsAdmin(cms.payload, test, test.public?.off)
    const update = () =>
      cms.payload.update({ collection: test.collection, id: existing.id, data: test.patch as never, ...service() })
    const remove = () => cms.payload.delete({ collection: test.collection, id: existing.id, ...service() })
    expect(await allowed(update)).toBe(false)
    expect(await allowed(remove)).toBe(false)

    // It reads no more than an anonymous visitor does.
    const asService = await cms.payload
      .find({ collection: test.collection, depth: 0, limit: 0, ...service() })
      .catch(() => null)
    const asAnonymous = await cms.payload
      .find({ collection: test.collection, depth: 0, limit: 0, overrideAccess: false })
      .catch(() => null)
    expect(asService?.totalDocs ?? 0).toBe(asAnonymous?.totalDocs ?? 0)
  })
})

describe('the contribution service’s secret', () => {
  const letter = () => ({
    kind: 'letter' as const,
    title: 'Un banc, s’il vous plaît',
    contributor: { name: 'Awa Diallo', email: 'awa@example.org' },
    consent: { publication: true },
  })

  it('is refused when it is wrong, missing or only a prefix of the real one', async () => {
    const real = process.env.CONTRIBUTION_SERVICE_SECRET ?? ''
    for (const secret of ['', 'x'.repeat(64), real.slice(0, 32), `${real}x`]) {
      expect(
        await allowed(() =>
          cms.payload.create({ collection: slugs.contributions, data: letter() as never, ...service(secret) }),
        ),
      ).toBe(false)
    }
  })

  it('files what it creates as received, with a reference, without moderation notes or a readable key', async () => {
    const created = await cms.payload.create({
      collection: slugs.contributions,
      data: { ...letter(), status: 'published', moderationNote: 'Déjà validé', reference: 'C-AAAAAAAA' },
      ...service(),
      context: { withdrawalKey: 'cle-de-retrait-de-test' },
    })
    const stored = await cms.payload.findByID({
      collection: slugs.contributions,
      id: created.id,
      showHiddenFields: true,
    })
    expect(stored.status).toBe('received')
    expect(stored.moderationNote).toBeFalsy()
    expect(stored.reference).toMatch(/^C-[2-9A-Z]{8}$/)
    expect(stored.reference).not.toBe('C-AAAAAAAA')
    expect(stored.withdrawalKeyHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.retainUntil).toBeTruthy()
    const asModerator = await cms.payload.findByID({
      collection: slugs.contributions,
      id: created.id,
      user: actors.moderator,
      overrideAccess: false,
    })
    expect(asModerator.reference).toBe(stored.reference)
    expect(asModerator).not.toHaveProperty('withdrawalKeyHash')
  })
})
