import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { agreedName } from '../../cms/collections/Contributions/draftFromContribution'
import type { Contribution } from '../../schemas/payload-types'
import { slugs } from '../../schemas/slugs'
import type { TestCms } from '../helpers/payload'
import { type Rest, restAs } from '../helpers/rest'
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
    const again = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    expect(again).toMatchObject({ status: 200, body: { id: article.id } })
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

  it('is refused to editors and the public, before acceptance, and for a sound', async () => {
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
      status: 409,
      body: { errors: [{ data: { code: 'contribution-kind-not-convertible' } }] },
    })
    expect((await rest('moderator', 'POST', 'contributions/999999/draft')).status).toBe(404)
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
