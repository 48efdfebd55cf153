import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'

import { clientAddress, SOCKET_ADDRESS_HEADER } from '../../cms/auth/clientAddress'
import { FORGET_AFTER_MS, perAccount, perAddress, waitBeforeNext } from '../../cms/auth/limits'
import { slugs } from '../../schemas/slugs'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { type Actors, createActors } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let rest: ReturnType<typeof restClient>

beforeAll(async () => {
  cms = await startTestCms()
  actors = (await createActors(cms.payload)).actors
  rest = restClient(cms.config)
})
afterAll(() => cms.stop())

const password = (email: string) => `${email}-Mot-de-passe-1`
let nextAddress = 1
/** A client address no other test has used, so that counters never leak between tests. */
const newAddress = () => `192.0.2.${nextAddress++}`
const login = (email: string, pass: string, address = newAddress()) =>
  rest('POST', 'users/login', { email, password: pass }, { address })

/** Moves a counter's clock back, as if `ms` had passed since its last attempt. */
async function letTimePass(key: string, ms: number) {
  const counter = await cms.payload.db.findOne<{ id: number; lastAttemptAt: string; windowStart: string }>({
    collection: slugs.loginAttempts,
    where: { key: { equals: key } },
  })
  if (!counter) throw new Error(`no counter ${key}`)
  const back = (date: string) => new Date(Date.parse(date) - ms).toISOString()
  await cms.payload.db.updateOne({
    collection: slugs.loginAttempts,
    id: counter.id,
    data: { lastAttemptAt: back(counter.lastAttemptAt), windowStart: back(counter.windowStart) },
  })
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
/**
 * The processor time a request costs this process (all its threads, PBKDF2's included), in
 * microseconds: the work done, which other load on the machine does not change as it changes
 * wall-clock time.
 */
async function workOf(run: () => Promise<unknown>) {
  const before = process.cpuUsage()
  await run()
  const { user, system } = process.cpuUsage(before)
  return user + system
}

describe('signing in tells nothing about which accounts exist', () => {
  it('answers an unknown e-mail with the same status and message as a wrong password', async () => {
    const unknown = await login('personne@test.coope', 'Un-mot-de-passe-1')
    const wrong = await login('editeur-a@test.coope', 'Un-mot-de-passe-1')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.body).toEqual(wrong.body)
  })

  it('does the same work for an unknown e-mail as for a wrong password (the same password hashing)', async () => {
    const unknown: number[] = []
    const wrong: number[] = []
    for (let i = 0; i < 5; i++) {
      unknown.push(await workOf(() => login(`inconnu-${i}@test.coope`, 'Un-mot-de-passe-1')))
      wrong.push(await workOf(() => login('editeur-b@test.coope', 'Un-mot-de-passe-1')))
    }
    // Before: an unknown e-mail skipped hashing (about 5 ms against 90 ms). Now both run one PBKDF2 of
    // 600 000 rounds, which dominates the processor time of either request.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.6)
    expect(median(unknown)).toBeLessThan(median(wrong) * 1.6)
  })

  it('never locks an account after repeated failures, nor says "locked" for a real one', async () => {
    const email = 'moderation@test.coope'
    const answers = []
    for (let i = 0; i < 8; i++) answers.push(await login(email, `Faux-${i}-mot-de-passe`))
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(401))
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1)
    expect((await login(email, password(email))).status).toBe(200)
  })
})

/**
 * Stops the clock for the rest of the test: only the attempts count, not how long a loaded machine
 * takes to answer them (a second spent answering would rightly let one more attempt through).
 */
function stopTheClock() {
  vi.useFakeTimers({ toFake: ['Date'] })
  onTestFinished(() => {
    vi.useRealTimers()
  })
}

describe('slowing down one client address', () => {
  it('lets no more than the free attempts through when they arrive all at once', async () => {
    stopTheClock()
    const attacker = newAddress()
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login('admin@test.coope', `Rafale-${i}-mot-de-passe`, attacker)),
    )
    const statuses = burst.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(perAddress.free)
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - perAddress.free)
  })

  it('makes one address wait longer and longer, then refuses it with 429 and Retry-After', async () => {
    stopTheClock()
    const attacker = newAddress()
    const attempt = () => login('admin@test.coope', 'Devine-le-mot-de-passe-1', attacker)
    for (let i = 0; i < perAddress.free; i++) expect((await attempt()).status).toBe(401)
    const refused = await attempt()
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('1')
    expect(refused.body).toMatchObject({ errors: [{ data: { code: 'too-many-attempts' } }] })
    expect(JSON.stringify(refused.body)).toContain('Trop de tentatives')

    await letTimePass(`login:${attacker}`, 1000)
    expect((await attempt()).status).toBe(401)
    expect((await attempt()).headers.get('retry-after')).toBe('2')

    for (let i = perAddress.free + 1; i < perAddress.max; i++) {
      await letTimePass(`login:${attacker}`, 60_000)
      expect((await attempt()).status).toBe(401)
    }
    const blocked = await attempt()
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(60)
  })

  it('lets a colleague at another address sign in to the account under attack', async () => {
    const attacker = newAddress()
    for (let i = 0; i < perAddress.max; i++) await login('admin@test.coope', `Essai-${i}-mot-de-passe`, attacker)
    expect((await login('admin@test.coope', password('admin@test.coope'), attacker)).status).toBe(429)
    expect((await login('admin@test.coope', password('admin@test.coope'))).status).toBe(200)
  })

  it('counts reset attempts per address too', async () => {
    const attacker = newAddress()
    const reset = () =>
      rest('POST', 'users/reset-password', { token: 'pas-un-vrai-jeton', password: 'Nouveau-1' }, { address: attacker })
    for (let i = 0; i < perAddress.free; i++) expect((await reset()).status).not.toBe(429)
    expect((await reset()).status).toBe(429)
  })

  it('does not slow down people who sign in successfully', async () => {
    const office = newAddress()
    for (let i = 0; i < perAddress.max + 2; i++)
      expect((await login('editeur-a@test.coope', password('editeur-a@test.coope'), office)).status).toBe(200)
  })

  it('grows the wait by doubling and caps it at the end of the window', () => {
    const waits = [5, 6, 7, 8].map((n) => waitBeforeNext(n, perAddress, perAddress.windowMs))
    expect(waits).toEqual([1000, 2000, 4000, 8000])
    expect(waitBeforeNext(perAddress.max, perAddress, 42_000)).toBe(42_000)
    expect(waitBeforeNext(0, perAddress, perAddress.windowMs)).toBe(0)
  })

  it('never refuses an account outright, whatever the attempts: its owner waits 10 seconds at most', () => {
    for (const attempts of [perAccount.free + 3, 100, 10_000]) {
      expect(waitBeforeNext(attempts, perAccount, perAccount.windowMs)).toBeLessThanOrEqual(10_000)
    }
  })

  it('trusts X-Forwarded-For only when told a proxy is in front', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7', [SOCKET_ADDRESS_HEADER]: '10.0.0.2' })
    expect(clientAddress(headers, false)).toBe('10.0.0.2')
    expect(clientAddress(headers, true)).toBe('198.51.100.7')
  })

  it('forgets counters whose window ended long ago', async () => {
    const old = newAddress()
    await login('personne@test.coope', 'Un-mot-de-passe-1', old)
    await letTimePass(`login:${old}`, FORGET_AFTER_MS + 1000)
    await login('personne@test.coope', 'Un-mot-de-passe-1')
    const left = await cms.payload.db.findOne({
      collection: slugs.loginAttempts,
      where: { key: { equals: `login:${old}` } },
    })
    expect(left).toBeNull()
  })

  it('keeps the counters out of everyone’s reach through the API', async () => {
    const token = (await login('admin@test.coope', password('admin@test.coope'))).body.token as string
    expect((await rest('GET', slugs.loginAttempts, undefined, { token })).status).toBe(403)
    expect((await rest('GET', slugs.loginAttempts)).status).toBe(403)
  })
})

describe('changing one’s own e-mail or password', () => {
  const email = 'editeur-b@test.coope'
  const signIn = async (pass = password(email)) => (await login(email, pass)).body.token as string
  const patchSelf = async (data: Record<string, unknown>) =>
    rest('PATCH', `users/${actors.editorB?.id}`, data, { token: await signIn(), address: newAddress() })

  it('is refused with only a session token', async () => {
    const answer = await patchSelf({ password: 'Vole-le-compte-1' })
    expect(answer.status).toBe(403)
    expect(answer.body).toMatchObject({ errors: [{ data: { code: 'current-password-required' } }] })
    expect((await patchSelf({ email: 'pirate@example.org' })).status).toBe(403)
    expect((await patchSelf({ password: 'Vole-le-compte-1', currentPassword: 'pas-le-bon' })).status).toBe(403)
    expect((await login(email, 'Vole-le-compte-1')).status).toBe(401)
  })

  it('works with the current password, which is never stored', async () => {
    const answer = await patchSelf({ password: 'Nouveau-mot-de-passe-2', currentPassword: password(email) })
    expect(answer.status).toBe(200)
    expect(JSON.stringify(answer.body)).not.toContain(password(email))
    expect((await login(email, 'Nouveau-mot-de-passe-2')).status).toBe(200)
    const token = await signIn('Nouveau-mot-de-passe-2')
    const back = await rest(
      'PATCH',
      `users/${actors.editorB?.id}`,
      { password: password(email), currentPassword: 'Nouveau-mot-de-passe-2' },
      { token },
    )
    expect(back.status).toBe(200)
  })

  it('lets an admin set a colleague’s password without knowing it', async () => {
    const token = (await login('admin@test.coope', password('admin@test.coope'))).body.token as string
    const answer = await rest('PATCH', `users/${actors.moderator?.id}`, { password: 'Temporaire-3' }, { token })
    expect(answer.status).toBe(200)
    expect((await login('moderation@test.coope', 'Temporaire-3')).status).toBe(200)
  })
})

describe('without an e-mail server', () => {
  it('says honestly that no reset e-mail can be sent', async () => {
    const answer = await rest(
      'POST',
      'users/forgot-password',
      { email: 'editeur-a@test.coope' },
      { address: newAddress() },
    )
    expect(answer.status).toBe(503)
    expect(answer.body).toMatchObject({ errors: [{ data: { code: 'email-not-configured' } }] })
    expect(JSON.stringify(answer.body)).toContain('L’envoi d’e-mails n’est pas configuré')
  })

  it('replaces the admin’s forgot-password form, which would claim a mail was sent', () => {
    expect(cms.config.admin.components.views?.forgot).toMatchObject({ path: '/forgot' })
  })
})

describe('staff avatars', () => {
  it('never come from a third-party service', () => {
    expect(cms.config.admin.avatar).toBe('default')
  })
})
