import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { pngFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Actors, allowed, createActors } from '../helpers/staff'

let cms: TestCms
let actors: Actors

beforeAll(async () => {
  cms = await startTestCms()
  actors = (await createActors(cms.payload)).actors
})
afterAll(() => cms.stop())

type Consent = { publication: boolean; minor?: boolean; parentalConsent?: boolean }

const letter = (consent: Consent) =>
  cms.payload.create({
    collection: slugs.contributions,
    data: {
      kind: 'letter',
      title: 'Pour un banc devant la médiathèque',
      content: 'Les anciens du quartier aimeraient pouvoir s’asseoir.',
      signature: 'Awa, quartier du Port',
      contributor: { name: 'Awa Diallo', email: 'awa@example.org' },
      consent,
      moderationNote: 'Appeler Awa avant publication',
      status: 'accepted',
    },
  })

const publish = (id: number) =>
  cms.payload.update({
    collection: slugs.contributions,
    id,
    data: { status: 'published' },
    user: actors.moderator,
    overrideAccess: false,
  })

describe('publishing a contribution', () => {
  it('is refused without the contributor’s consent, and nothing changes', async () => {
    const accepted = await letter({ publication: false })
    await expect(publish(accepted.id)).rejects.toMatchObject({ data: { code: 'contribution-without-consent' } })
    expect((await cms.payload.findByID({ collection: slugs.contributions, id: accepted.id })).status).toBe('accepted')
  })

  it('is refused for a minor without a parent’s authorisation', async () => {
    const accepted = await letter({ publication: true, minor: true, parentalConsent: false })
    await expect(publish(accepted.id)).rejects.toMatchObject({
      data: { code: 'contribution-without-parental-consent' },
    })
  })

  it('records when consent was given and when it went public', async () => {
    const accepted = await letter({ publication: true })
    expect(accepted.consent?.givenAt).toBeTruthy()
    const published = await publish(accepted.id)
    expect(published.status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })

  it('goes back to "accepted" when the contributor withdraws consent', async () => {
    const accepted = await letter({ publication: true })
    await publish(accepted.id)
    const withdrawn = await cms.payload.update({
      collection: slugs.contributions,
      id: accepted.id,
      data: { consent: { publication: false } },
    })
    expect(withdrawn.status).toBe('accepted')
  })
})

describe('what the public sees of a published contribution', () => {
  it('shows the text and the chosen signature, never the identity, consent or moderation notes', async () => {
    const accepted = await letter({ publication: true })
    await publish(accepted.id)
    const seen = await cms.payload.findByID({ collection: slugs.contributions, id: accepted.id, overrideAccess: false })
    expect(seen).toMatchObject({ title: 'Pour un banc devant la médiathèque', signature: 'Awa, quartier du Port' })
    const text = JSON.stringify(seen)
    for (const secret of ['Awa Diallo', 'awa@example.org', 'Appeler Awa', 'givenAt']) expect(text).not.toContain(secret)
    const moderated = await cms.payload.findByID({
      collection: slugs.contributions,
      id: accepted.id,
      user: actors.moderator,
      overrideAccess: false,
    })
    expect(moderated.contributor?.email).toBe('awa@example.org')
  })

  it('keeps the files residents sent private to moderation', async () => {
    const file = await cms.payload.create({
      collection: slugs.contributionFiles,
      data: {},
      file: await pngFile('envoi.png'),
    })
    for (const user of [undefined, actors.editorA]) {
      const read = await allowed(() =>
        cms.payload.findByID({ collection: slugs.contributionFiles, id: file.id, user, overrideAccess: false }),
      )
      expect(read).toBe(false)
    }
    expect(
      await allowed(() =>
        cms.payload.findByID({
          collection: slugs.contributionFiles,
          id: file.id,
          user: actors.moderator,
          overrideAccess: false,
        }),
      ),
    ).toBe(true)
  })
})
