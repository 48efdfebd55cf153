import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { expect, test } from '@playwright/test'

const root = path.resolve(import.meta.dirname, '..', '..')
// Beside the shared hub's site port, so parallel checkouts on one machine do not collide.
const port = Number(process.env.E2E_SITE_PORT ?? 4410) + 89
let site: ChildProcess
let cms: net.Server
/** How the stand-in CMS treats each connection: refuses it at once, or accepts it and never answers. */
let behaviour: 'refuse' | 'freeze' = 'refuse'
const held = new Set<net.Socket>()

/** A second copy of the built site whose CMS is a socket we control. */
test.beforeAll(async () => {
  cms = net.createServer((socket) => {
    if (behaviour === 'refuse') return socket.destroy()
    held.add(socket)
    socket.on('close', () => held.delete(socket))
  })
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  const cmsPort = (cms.address() as net.AddressInfo).port
  site = spawn(process.execPath, [path.join(root, 'dist', 'server', 'entry.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      CMS_URL: `http://127.0.0.1:${cmsPort}`,
      SITE_INVALIDATION_SECRET: 'x'.repeat(64),
      CONTRIBUTION_SERVICE_SECRET: 'y'.repeat(64),
      CONTRIBUTION_MIN_FILL_SECONDS: '0',
    },
    stdio: 'ignore',
  })
  await expect(async () => {
    await fetch(`http://127.0.0.1:${port}/`)
  }).toPass({ timeout: 20_000 })
})

test.afterAll(async () => {
  site.kill('SIGTERM')
  await new Promise((resolve) => site.once('exit', resolve))
  for (const socket of held) socket.destroy()
  await new Promise((resolve) => cms.close(resolve))
})

test('when the CMS cannot be reached, visitors get a plain French page, not a trace', async ({ page }) => {
  behaviour = 'refuse'
  const response = await page.goto(`http://127.0.0.1:${port}/agenda`)
  expect(response?.status()).toBe(503)
  expect(response?.headers()['cache-control']).toBe('no-store')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le site est momentanément indisponible')
  await expect(page.locator('body')).not.toContainText('Error')
})

test('when the CMS accepts the connection and never answers, the page still ends as the French 503', async ({
  page,
}) => {
  behaviour = 'freeze'
  const response = await page.goto(`http://127.0.0.1:${port}/maisons`)
  expect(held.size).toBeGreaterThan(0)
  expect(response?.status()).toBe(503)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le site est momentanément indisponible')
})

test.describe('the contribution form, while the CMS cannot be reached', () => {
  test.use({ javaScriptEnabled: false })

  test('still opens, and a send comes back with the French message and everything typed', async ({ page }) => {
    behaviour = 'refuse'
    expect((await page.goto(`http://127.0.0.1:${port}/contribuer`))?.status()).toBe(200)
    await page.getByLabel('Un courrier au journal « Au fil des quartiers »').check()
    await page.getByLabel('Titre (obligatoire)').fill('Le banc de la place')
    await page.getByLabel(/^Votre texte/).fill('Il manque un banc à l’arrêt du bus, pour les anciens.')
    await page.getByLabel(/^Votre prénom et votre nom/).fill('Awa Diallo')
    await page.getByLabel(/^J’accepte que La Coopé publie ma contribution/).check()
    await page.getByLabel('Mon prénom seulement').check()
    await page.getByLabel('Non', { exact: true }).check()
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Envoyer ma contribution' }).click(),
    ])
    expect(answer.status()).toBe(503)
    await expect(page.getByRole('alert')).toContainText('le service est momentanément indisponible')
    await expect(page.getByLabel('Titre (obligatoire)')).toHaveValue('Le banc de la place')
    await expect(page.getByLabel(/^Votre texte/)).toHaveValue('Il manque un banc à l’arrêt du bus, pour les anciens.')
    await expect(page.getByLabel('Mon prénom seulement')).toBeChecked()

    // The withdrawal page too: its form stays, to try again later.
    await page.goto(`http://127.0.0.1:${port}/contribuer/retrait?reference=C-AAAAAAAA&cle=${'k'.repeat(43)}`)
    await page.getByRole('button', { name: 'Retirer ma contribution' }).click()
    await expect(page.getByRole('alert')).toContainText('réessayez dans quelques minutes')
    await expect(page.locator('input[name="cle"]')).toHaveValue('k'.repeat(43))
  })
})
