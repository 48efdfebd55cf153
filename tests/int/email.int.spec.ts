import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { perAddress } from '../../cms/auth/limits'
import { readCmsEnv } from '../../cms/env'
import { emailStatusLine } from '../../cms/email/status'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { type Mailbox, startMailbox } from '../helpers/smtp'
import { createActors } from '../helpers/staff'

const CMS_URL = 'http://cms.test.coope:3000'
let mailbox: Mailbox
let cms: TestCms
let rest: ReturnType<typeof restClient>

beforeAll(async () => {
  mailbox = await startMailbox()
  cms = await startTestCms({ SMTP_URL: mailbox.url, EMAIL_FROM: 'hub@test.coope', CMS_URL })
  await createActors(cms.payload)
  rest = restClient(cms.config)
})
afterAll(async () => {
  await cms?.stop()
  await mailbox?.stop()
})

describe('password reset by e-mail', () => {
  it('sends a French e-mail whose link lets the person choose a new password and sign in', async () => {
    // An unknown address gets the same answer and no e-mail: the first one to arrive is for the real account.
    const unknown = await rest(
      'POST',
      'users/forgot-password',
      { email: 'personne@test.coope' },
      { address: '192.0.2.1' },
    )
    const known = await rest(
      'POST',
      'users/forgot-password',
      { email: 'editeur-a@test.coope' },
      { address: '192.0.2.1' },
    )
    expect(known.status).toBe(200)
    expect(unknown).toMatchObject({ status: known.status, body: known.body })

    const mail = await mailbox.next()
    expect(mail.to).toMatchObject({ value: [{ address: 'editeur-a@test.coope' }] })
    expect(mail.from).toMatchObject({ value: [{ address: 'hub@test.coope', name: 'La Coopé' }] })
    expect(mail.subject).toBe('La Coopé : choisir un nouveau mot de passe')
    expect(mail.html).toContain('Si vous n’avez rien demandé')
    const link = /href="([^"]+)"/.exec(String(mail.html))?.[1] ?? ''
    expect(link.startsWith(`${CMS_URL}/admin/reset/`)).toBe(true)

    // What the admin's reset page at that link sends with the new password.
    const token = decodeURIComponent(link.slice(`${CMS_URL}/admin/reset/`.length))
    const reset = await rest(
      'POST',
      'users/reset-password',
      { token, password: 'Choisi-par-moi-7' },
      { address: '192.0.2.1' },
    )
    expect(reset.status).toBe(200)
    const login = await rest(
      'POST',
      'users/login',
      { email: 'editeur-a@test.coope', password: 'Choisi-par-moi-7' },
      { address: '192.0.2.1' },
    )
    expect(login.status).toBe(200)
  })

  it('keeps the admin’s own forgot-password form', () => {
    expect(cms.config.admin.components.views?.forgot).toBeUndefined()
  })

  it('slows down one address asking for many reset e-mails', async () => {
    const ask = () =>
      rest('POST', 'users/forgot-password', { email: 'adresse-seule@test.coope' }, { address: '192.0.2.2' })
    for (let i = 0; i < perAddress.free; i++) expect((await ask()).status).toBe(200)
    const refused = await ask()
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('1')
  })
})

describe('the operator’s e-mail status line', () => {
  it('says in one line whether e-mail can leave, never showing the SMTP password', () => {
    expect(emailStatusLine({ SMTP_URL: undefined, EMAIL_FROM: undefined })).toBe(
      'E-mail: off (SMTP_URL is not set): password reset and contributor e-mails are disabled.',
    )
    const on = emailStatusLine({ SMTP_URL: 'smtps://hub:s3cret@mail.example.org:465', EMAIL_FROM: 'hub@la-coope.fr' })
    expect(on).toBe('E-mail: on, sent from hub@la-coope.fr through smtps://mail.example.org:465.')
  })

  it('asks for EMAIL_FROM when SMTP_URL is set', () => {
    expect(() => readCmsEnv({ NODE_ENV: 'development', SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(
      'EMAIL_FROM is missing',
    )
  })
})
