import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { startTestCms, type TestCms } from '../helpers/payload'
import { runScript } from '../helpers/run'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
  await cms.payload.create({
    collection: slugs.users,
    data: { name: 'Admin', email: 'admin@test.coope', password: 'Oublie-depuis-longtemps-1', role: 'admin' },
  })
})
afterAll(() => cms.stop())

/** `npm run admin:password -- EMAIL` against the test database. */
const setPassword = (email: string, env: Record<string, string> = {}) =>
  runScript(
    'cms/operator/adminPassword.ts',
    { DATABASE_URI: process.env.DATABASE_URI ?? '', ENV_FILE: '/nonexistent', ...env },
    [email],
  )

const canSignIn = (password: string) =>
  cms.payload.login({ collection: slugs.users, data: { email: 'admin@test.coope', password } }).then(
    () => true,
    () => false,
  )

describe('npm run admin:password', () => {
  it('prints a generated password once, and it works', async () => {
    const result = await setPassword('Admin@test.coope')
    expect(result.code).toBe(0)
    const password = /New password for admin@test\.coope: (\S+)/.exec(result.stdout)?.[1] ?? ''
    expect(password.length).toBeGreaterThanOrEqual(24)
    expect(await canSignIn(password)).toBe(true)
    expect(await canSignIn('Oublie-depuis-longtemps-1')).toBe(false)
  })

  it('uses ADMIN_PASSWORD when set, without printing it', async () => {
    const result = await setPassword('admin@test.coope', { ADMIN_PASSWORD: 'Choisi-par-l-operateur-9' })
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('Choisi-par-l-operateur-9')
    expect(await canSignIn('Choisi-par-l-operateur-9')).toBe(true)
  })

  it('says in one sentence that an unknown e-mail has no account', async () => {
    const result = await setPassword('personne@test.coope')
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      'No account has the e-mail personne@test.coope: check the spelling (see the staff list in the admin).',
    )
  })
})
