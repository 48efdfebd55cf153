import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { isPortFree } from '../../cms/launcher/ports'
import { copyWorkingTree, interrupt, newcomerEnv, npm, oldNodeBin, OLD_NODE, printed } from './freshClone'

const listen = (port = 0): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((socket) => socket.destroy())
    server.listen(port, () => resolve(server))
  })
const portOf = (server: Server) => (server.address() as { port: number }).port
const close = (server: Server) => new Promise((resolve) => server.close(resolve))

/** Two ports nothing listens on now. */
async function freePorts(): Promise<[number, number]> {
  const servers = [await listen(), await listen()]
  const ports = servers.map(portOf) as [number, number]
  await Promise.all(servers.map(close))
  return ports
}

test.describe('the two commands of the README on a fresh machine', () => {
  // npm ci, the demo load and both production builds of a clean copy, beside the other lanes of
  // npm test on two cores: about 9 minutes here (16 to 19 while npm ci waited out failed TLS checks,
  // see newcomerEnv). The limits are for a stuck step, not a slow machine.
  test.setTimeout(45 * 60_000)
  let clone: string

  test.beforeAll(() => {
    clone = mkdtempSync(path.join(tmpdir(), 'coope-fresh-'))
    copyWorkingTree(clone)
  })
  test.afterAll(() => rmSync(clone, { recursive: true, force: true }))

  test(`npm ci && npm start serve the hub with Node.js ${OLD_NODE} first on the PATH, and no password is lost`, async ({
    request,
  }) => {
    const env = newcomerEnv(oldNodeBin())
    const install = npm(['ci', '--no-audit', '--no-fund'], clone, env)
    expect(await install.exited, install.output()).toBe(0)

    const [cmsPort, sitePort] = await freePorts()
    const hubEnv = { ...env, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort) }
    const firstAdminFile = path.join(clone, 'cms', 'data', 'first-admin.json')

    // An unreachable database, then a busy port: each refused in one sentence before anything is
    // written (no .env, no data or media folder, no build) or any password printed.
    const unreachable = npm(['start'], clone, { ...hubEnv, DATABASE_URI: 'mongodb://127.0.0.1:1/coope' })
    expect(await unreachable.exited).toBe(1)
    expect(unreachable.output()).toContain('Cannot reach the MongoDB server of DATABASE_URI')
    for (const untouched of ['.env', 'cms/data', 'media/uploads']) {
      expect(existsSync(path.join(clone, untouched)), untouched).toBe(false)
    }
    const busy = await listen(cmsPort)
    const refused = npm(['start'], clone, hubEnv)
    expect(await refused.exited).toBe(1)
    await close(busy)
    expect(refused.output()).toContain(`Port ${cmsPort} (CMS_PORT) is already in use`)
    expect(refused.output()).not.toMatch(/password/i)
    for (const untouched of ['.env', 'cms/data/hub.db', 'cms/.next', 'dist']) {
      expect(existsSync(path.join(clone, untouched)), untouched).toBe(false)
    }

    // A failure after the demo load (the CMS port taken while the hub builds): the generated
    // password is not printed, and it is kept for the operator alone.
    const failing = npm(['start'], clone, hubEnv)
    await printed(failing, 'Database ready', 15 * 60_000)
    const thief = await listen(cmsPort)
    expect(await failing.exited, failing.output()).toBe(1)
    await close(thief)
    expect(failing.output()).toContain('The cms server stopped unexpectedly')
    expect(failing.output()).not.toMatch(/password/i)
    expect(statSync(firstAdminFile).mode & 0o777).toBe(0o600)
    const kept = JSON.parse(readFileSync(firstAdminFile, 'utf8')) as { email: string; password: string }
    expect(kept.password.length).toBeGreaterThanOrEqual(24)

    // The second start completes the set-up and ends with the addresses and the password, framed.
    const hub = npm(['start'], clone, hubEnv)
    try {
      await printed(hub, 'Press Ctrl-C to stop', 25 * 60_000)
      const output = hub.output()
      expect(output).toContain(`Node.js 24.`)
      expect(output.indexOf(kept.password)).toBeGreaterThan(output.indexOf('La Coopé is running'))
      expect(output).toMatch(new RegExp(`│ +password: ${kept.password} +│`))
      expect(output.trimEnd().split('\n').at(-1)).toMatch(/Press Ctrl-C to stop\.$/)
      expect(existsSync(firstAdminFile)).toBe(false)
      expect(statSync(path.join(clone, 'cms', 'data')).mode & 0o777).toBe(0o700)
      expect(statSync(path.join(clone, '.env')).mode & 0o777).toBe(0o600)
      expect((await request.get(`http://localhost:${cmsPort}/admin/login`)).status()).toBe(200)
      expect((await request.get(`http://localhost:${sitePort}/`)).status()).toBe(200)
      const login = await request.post(`http://localhost:${cmsPort}/api/users/login`, { data: kept })
      expect(login.status()).toBe(200)
    } finally {
      // npm itself dies of the SIGINT, as in a terminal: what counts is that nothing is left running.
      await interrupt(hub)
    }
    // The launcher stops both servers after npm itself has gone: their ports come free within its grace period.
    for (const port of [cmsPort, sitePort]) await expect.poll(() => isPortFree(port), { timeout: 15_000 }).toBe(true)
  })
})
