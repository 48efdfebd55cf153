import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { restAs, type Rest } from '../helpers/rest'
import { startCmsWithActors } from '../helpers/staff'

let ctx: Awaited<ReturnType<typeof startCmsWithActors>>
let rest: Rest

beforeAll(async () => {
  ctx = await startCmsWithActors()
  rest = await restAs(ctx.cms.payload, ctx.cms.config, ctx.actors)
})
afterAll(() => ctx.cms.stop())

/** Document addresses that name no integer id: SQLite ids are whole numbers, so no document has them. */
const MALFORMED = ['abc', '12abc', '1.5', '-1', 'Infinity']
const COLLECTIONS = [slugs.articles, slugs.events, slugs.media, slugs.houses, slugs.users, slugs.contributions]

describe('a document address whose id is not a whole number', () => {
  it('answers 404 to reading, changing and deleting, anonymously and signed in, in every collection', async () => {
    for (const collection of COLLECTIONS) {
      for (const id of MALFORMED) {
        for (const who of ['anonymous', 'admin'] as const) {
          for (const [method, body] of [
            ['GET', undefined],
            ['PATCH', { title: 'Titre' }],
            ['DELETE', undefined],
          ] as const) {
            const answer = await rest(who, method, `${collection}/${id}`, body)
            expect(answer.status, `${who} ${method} ${collection}/${id}`).toBe(404)
          }
        }
      }
    }
  })

  it('never reaches the document the number at its start names', async () => {
    const house = await ctx.cms.payload.findByID({ collection: slugs.houses, id: ctx.houseA })
    expect((await rest('admin', 'GET', `${slugs.houses}/${house.id}`)).status).toBe(200)
    expect((await rest('admin', 'GET', `${slugs.houses}/${house.id}abc`)).status).toBe(404)
    expect((await rest('admin', 'DELETE', `${slugs.houses}/${house.id}x`)).status).toBe(404)
    expect(await ctx.cms.payload.findByID({ collection: slugs.houses, id: ctx.houseA })).toMatchObject({ id: house.id })
  })
})
