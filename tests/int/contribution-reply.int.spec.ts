import { createClientField, createLocalReq, docAccessOperation, type Field } from 'payload'
import { getFieldPermissions } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Mailbox, startMailbox } from '../helpers/smtp'
import { type Actors, allowed, createActors, type Who } from '../helpers/staff'

let cms: TestCms
let mailbox: Mailbox
let actors: Actors
let houseA: number

beforeAll(async () => {
  mailbox = await startMailbox()
  cms = await startTestCms({ SMTP_URL: mailbox.url, EMAIL_FROM: 'hub@la-coope.test' })
  const made = await createActors(cms.payload)
  actors = made.actors
  houseA = made.houseA.id
})
afterAll(async () => {
  await cms?.stop()
  await mailbox?.stop()
})

const received = (email?: string) =>
  cms.payload.create({
    collection: slugs.contributions,
    data: {
      kind: 'letter',
      title: 'Un banc devant la médiathèque',
      contributor: { name: 'Awa Diallo', email },
      consent: { publication: true },
      status: 'received',
      houses: [houseA],
    },
  })

const reply = (id: number, who: Who, message: string, status?: 'in-review') =>
  cms.payload.update({
    collection: slugs.contributions,
    id,
    data: { reply: message, ...(status ? { status } : {}) },
    user: actors[who],
    overrideAccess: false,
  })

describe('replying to a contributor by e-mail', () => {
  it('sends the moderator’s words with the reference to the address given, and keeps no copy', async () => {
    const contribution = await received('awa@example.org')
    await reply(contribution.id, 'moderator', 'Merci ! Pouvez-vous nous dire quel jour vous convient ?')
    const mail = await mailbox.next()
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('awa@example.org')
    expect(mail.from?.text).toContain('hub@la-coope.test')
    expect(mail.subject).toBe(`La Coopé : à propos de votre contribution ${contribution.reference}`)
    expect(mail.text).toContain('Merci ! Pouvez-vous nous dire quel jour vous convient ?')
    expect(mail.text).toContain('« Un banc devant la médiathèque »')
    const stored = await cms.payload.findByID({ collection: slugs.contributions, id: contribution.id })
    expect(stored.reply ?? null).toBeNull()
  })

  it('is refused, and nothing is saved, when the person left no address', async () => {
    const contribution = await received()
    await expect(reply(contribution.id, 'moderator', 'Bonjour', 'in-review')).rejects.toMatchObject({
      data: { code: 'contribution-without-address' },
    })
    expect((await cms.payload.findByID({ collection: slugs.contributions, id: contribution.id })).status).toBe(
      'received',
    )
  })

  it('is not for editors, even of a house the contribution concerns, nor for the public', async () => {
    const contribution = await received('awa@example.org')
    expect(await allowed(() => reply(contribution.id, 'editorA', 'Bonjour'))).toBe(false)
    expect(await allowed(() => reply(contribution.id, 'anonymous', 'Bonjour'))).toBe(false)
    const seen = await cms.payload.findByID({
      collection: slugs.contributions,
      id: contribution.id,
      user: actors.editorA,
      overrideAccess: false,
    })
    expect(seen).not.toHaveProperty('contributor')
    expect(seen).not.toHaveProperty('reply')
    // Nothing left for the mailbox: the next message is the one sent by a moderator below.
    await reply(contribution.id, 'admin', 'Réponse de l’équipe')
    expect((await mailbox.next()).text).toContain('Réponse de l’équipe')
  })

  it('is a box moderators and admins can type in, in the contribution’s edit view of the admin', async () => {
    const contribution = await received('awa@example.org')
    const config = cms.payload.collections[slugs.contributions].config
    const field = config.fields.find((candidate) => 'name' in candidate && candidate.name === 'reply') as Field
    // The admin's decision (RenderFields): the field's own read-only flag, then the account's permission to update it.
    const typeable = async (who: Who) => {
      const req = await createLocalReq({ user: actors[who] }, cms.payload)
      const permissions = await docAccessOperation({
        id: contribution.id,
        collection: cms.payload.collections[slugs.contributions],
        data: { ...contribution, _status: 'draft' },
        req,
      })
      const client = createClientField({ defaultIDType: 'number', field, i18n: req.i18n, importMap: {} })
      const { operation, read } = getFieldPermissions({
        field: client,
        operation: 'update',
        parentName: '',
        permissions: permissions.fields,
      })
      return read && operation && client.admin?.readOnly !== true
    }
    expect(await typeable('moderator')).toBe(true)
    expect(await typeable('admin')).toBe(true)
    expect(await typeable('editorA')).toBe(false)
  })
})
